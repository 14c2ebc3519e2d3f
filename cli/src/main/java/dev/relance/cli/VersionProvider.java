package dev.relance.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest, which Maven fills in. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = RelanceCommand.class.getPackage().getImplementationVersion();
        return new String[] {"relance " + (version == null ? "(development build)" : version)};
    }
}
