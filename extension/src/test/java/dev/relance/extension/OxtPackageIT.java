package dev.relance.extension;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** The built relance.oxt, checked as a zip: what LibreOffice needs to find in it. */
class OxtPackageIT {

    private static final Path OXT = Path.of(System.getProperty("relance.oxt", "missing"));

    @Test
    void classPathJarsAreInTheOxt() throws IOException {
        try (ZipFile oxt = new ZipFile(OXT.toFile())) {
            Manifest manifest = manifest(oxt);

            List<String> classPath = Arrays.asList(manifest.getMainAttributes().getValue("Class-Path").split(" "));

            assertThat(classPath).contains("lib/relance-core-0.1.0-SNAPSHOT.jar",
                    "lib/relance-templates-0.1.0-SNAPSHOT.jar");
            assertThat(classPath).allSatisfy(jar -> assertThat(oxt.getEntry(jar)).as(jar).isNotNull());
            assertThat(manifest.getMainAttributes().getValue("RegistrationClassName"))
                    .isEqualTo("dev.relance.extension.Registration");
        }
    }

    @Test
    void unoJarsAreLeftToTheOffice() throws IOException {
        try (ZipFile oxt = new ZipFile(OXT.toFile())) {
            List<String> names = oxt.stream().map(ZipEntry::getName).toList();

            assertThat(names).noneMatch(name -> name.matches("lib/(libreoffice|jurt|ridl|juh|unoil).*"));
        }
    }

    @Test
    void descriptionHasTheIdentifierAndAPlainVersion() throws IOException {
        try (ZipFile oxt = new ZipFile(OXT.toFile())) {
            String description = text(oxt, "description.xml");

            assertThat(description).contains("<identifier value=\"dev.relance.extension\"/>",
                    "<version value=\"0.1.0\"/>", "value=\"7.4\"");
        }
    }

    @Test
    void manifestListsTheComponentsAndTheMenu() throws IOException {
        try (ZipFile oxt = new ZipFile(OXT.toFile())) {
            String manifest = text(oxt, "META-INF/manifest.xml");

            assertThat(manifest).contains("manifest:full-path=\"relance.components\"",
                    "manifest:full-path=\"Addons.xcu\"");
            assertThat(text(oxt, "relance.components")).contains("uri=\"relance.jar\"");
        }
    }

    private static Manifest manifest(ZipFile oxt) throws IOException {
        try (InputStream jar = oxt.getInputStream(oxt.getEntry("relance.jar"));
                JarInputStream entries = new JarInputStream(jar)) {
            return entries.getManifest();
        }
    }

    private static String text(ZipFile oxt, String name) throws IOException {
        try (InputStream in = oxt.getInputStream(oxt.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
