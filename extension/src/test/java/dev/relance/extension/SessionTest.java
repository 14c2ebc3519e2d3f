package dev.relance.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XComponentLoader;
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
    void openInOfficeLoadsTheFileIntoANewFrame() throws Exception {
        when(context.getServiceManager()).thenReturn(services);
        when(services.createInstanceWithContext("com.sun.star.frame.Desktop", context)).thenReturn(desktop);

        session(false).openInOffice(Path.of("/letters/2026-12-04/2026-12-04_all-letters.pdf"));

        verify(desktop).loadComponentFromURL(eq("file:///letters/2026-12-04/2026-12-04_all-letters.pdf"),
                eq("_blank"), eq(0), any(PropertyValue[].class));
    }

    @Test
    void openInOfficeDoesNothingWithoutDialogs() {
        session(true).openInOffice(Path.of("/letters/2026-12-04/2026-12-04_all-letters.pdf"));

        verifyNoInteractions(context);
    }

    @Test
    void fileThatDoesNotOpenIsLogged() throws Exception {
        when(context.getServiceManager()).thenReturn(services);
        when(services.createInstanceWithContext("com.sun.star.frame.Desktop", context)).thenReturn(desktop);
        when(desktop.loadComponentFromURL(any(), any(), eq(0), any()))
                .thenThrow(new com.sun.star.io.IOException("no filter"));

        session(false).openInOffice(Path.of("/letters/x.pdf"));

        assertThat(Files.readString(profile.resolve("relance.log"))).contains("could not open /letters/x.pdf");
    }

    private Session session(boolean noDialogs) {
        return new Session(context, mock(CalcDocument.class), UiLanguage.EN,
                new Switches(noDialogs, Optional.empty()), new ExtensionLog(profile.resolve("relance.log")));
    }
}
