package dev.relance.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.star.frame.XComponentLoader;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XMultiComponentFactory;
import com.sun.star.uno.XComponentContext;

import dev.relance.extension.ui.UiLanguage;
import dev.relance.extension.uno.CalcDocument;

class SessionTest {

    private final XComponentContext context = mock(XComponentContext.class);
    private final XMultiComponentFactory services = mock(XMultiComponentFactory.class);
    private final XComponentLoader desktop = mock(XComponentLoader.class);

    @TempDir
    Path profile;

    @Test
    void pdfOpensInNewFrameWithDrawImport() throws Exception {
        officeWithDesktop();
        when(desktop.loadComponentFromURL(any(), any(), eq(0), any())).thenReturn(mock(XComponent.class));

        boolean opened = session(false).openPdfInOffice(Path.of("/letters/2026-12-04/2026-12-04_all-letters.pdf"));

        assertThat(opened).isTrue();
        verify(desktop).loadComponentFromURL(eq("file:///letters/2026-12-04/2026-12-04_all-letters.pdf"),
                eq("_blank"), eq(0), argThat(properties -> properties.length == 2
                        && properties[0].Name.equals("FilterName")
                        && properties[0].Value.equals("draw_pdf_import")
                        && properties[1].Name.equals("InteractionHandler")));
    }

    @Test
    void nothingOpensWithoutDialogs() {
        boolean opened = session(true).openPdfInOffice(Path.of("/letters/2026-12-04/2026-12-04_all-letters.pdf"));

        assertThat(opened).isFalse();
        verifyNoInteractions(context);
    }

    @Test
    void pdfNotLoadedIsLogged() throws Exception {
        officeWithDesktop();

        boolean opened = session(false).openPdfInOffice(Path.of("/letters/x.pdf"));

        assertThat(opened).isFalse();
        assertThat(Files.readString(profile.resolve("relance.log")))
                .contains("did not open /letters/x.pdf: LibreOffice could not load it with draw_pdf_import");
    }

    @Test
    void pdfThatFailsToOpenIsLogged() throws Exception {
        officeWithDesktop();
        when(desktop.loadComponentFromURL(any(), any(), eq(0), any()))
                .thenThrow(new com.sun.star.io.IOException("no filter"));

        session(false).openPdfInOffice(Path.of("/letters/x.pdf"));

        assertThat(Files.readString(profile.resolve("relance.log")))
                .contains("failed to open /letters/x.pdf in LibreOffice");
    }

    private void officeWithDesktop() throws Exception {
        when(context.getServiceManager()).thenReturn(services);
        when(services.createInstanceWithContext("com.sun.star.frame.Desktop", context)).thenReturn(desktop);
    }

    private Session session(boolean noDialogs) {
        return new Session(context, mock(CalcDocument.class), UiLanguage.EN,
                new Switches(noDialogs, Optional.empty()), new ExtensionLog(profile.resolve("relance.log")));
    }
}
