package dev.relance.letters;

import java.io.Reader;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Finds the default templates by file name in their class path folder, so that templates name
 * each other ({@code #parse("letter-fr.vm")}) the same way whether a file comes from the user's
 * folder or from the defaults. The folder is the loader's {@code folder} property.
 */
public final class DefaultTemplateLoader extends ClasspathResourceLoader {

    private String folder = LetterTemplates.DEFAULT_FOLDER;

    @Override
    public void init(ExtProperties configuration) {
        super.init(configuration);
        folder = configuration.getString("folder", LetterTemplates.DEFAULT_FOLDER);
    }

    @Override
    public Reader getResourceReader(String name, String encoding) {
        // A name that climbs out of the folder is not a default template.
        if (name.contains("..") || name.contains("\\")) {
            throw new ResourceNotFoundException("no default template " + name);
        }
        return super.getResourceReader(folder + name.replaceFirst("^/+", ""), encoding);
    }
}
