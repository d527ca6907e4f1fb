package org.atriumcrm.core.admin.internal.commands;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.atriumcrm.core.admin.internal.ModuleAdmin;
import org.atriumcrm.core.admin.internal.ModuleInfo;

/** Completes the ids of modules the repositories offer and that are not installed. */
@Service
public class AvailableModuleCompleter implements Completer {

    @Reference
    ModuleAdmin admin;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        admin.available().stream().filter(module -> ModuleInfo.AVAILABLE.equals(module.state()))
                .forEach(module -> ids.getStrings().add(module.id()));
        return ids.complete(session, commandLine, candidates);
    }
}
