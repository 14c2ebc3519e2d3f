package dev.relance.letters;

import java.io.Reader;
import java.util.regex.Pattern;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.loader.FileResourceLoader;

/**
 * Finds templates in the user's template folder, and only there: a name that climbs out of the
 * folder ({@code #include("../notes.txt")}) is not found, so a template reads nothing but the
 * template files beside it and the defaults.
 */
public final class UserTemplateLoader extends FileResourceLoader {

    private static final Pattern PARENT = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)");

    @Override
    public Reader getResourceReader(String name, String encoding) {
        if (PARENT.matcher(name).find()) {
            throw new ResourceNotFoundException("template names cannot leave the template folder: "
                    + name);
        }
        return super.getResourceReader(name, encoding);
    }
}
