package dev.relance.extension;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelanceJobTest {

    @Test
    void errorSummaryKeepsTypeAndFirstLineOnly() {
        RuntimeException error = new IllegalStateException("bridge error: type info not supported\n"
                + "java stack trace:\n\tat com.sun.star.bridges.jni_uno.JNI_proxy.dispatch_call(Native Method)");

        String summary = RelanceJob.summary(error);

        assertThat(summary).isEqualTo("IllegalStateException: bridge error: type info not supported");
    }
}
