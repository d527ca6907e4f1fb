package org.atriumcrm.core.web.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /<moduleId>/<file>} under {@code /ui/modules}, refusing anything that could leave the module's folder. */
record ModuleFilePath(String moduleId, String file) {

    private static final Pattern PATH = Pattern.compile("/([a-z][a-z0-9-]*)/((?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*)");

    static Optional<ModuleFilePath> parse(String pathInfo) {
        if (pathInfo == null || pathInfo.contains("..")) {
            return Optional.empty();
        }
        Matcher matcher = PATH.matcher(pathInfo);
        return matcher.matches() ? Optional.of(new ModuleFilePath(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    String extension() {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1);
    }
}
