package org.atriumcrm.core.admin.internal.commands;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.atriumcrm.core.admin.internal.ModuleAdmin;

/** Completes the ids of installed modules. */
@Service
public class InstalledModuleCompleter implements Completer {

    @Reference
    ModuleAdmin admin;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        admin.installed().forEach(module -> ids.getStrings().add(module.id()));
        return ids.complete(session, commandLine, candidates);
    }
}
