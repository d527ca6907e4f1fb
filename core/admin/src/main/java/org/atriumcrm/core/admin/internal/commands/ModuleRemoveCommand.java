package org.atriumcrm.core.admin.internal.commands;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.atriumcrm.core.admin.internal.ModuleAdmin;

/** {@code atrium:module-remove <id>}: uninstalls a module; its tables and data stay for a later install. */
@Service
@Command(scope = "atrium", name = "module-remove", description = "Removes an Atrium module while the system runs; its data stays")
public class ModuleRemoveCommand implements Action {

    @Argument(index = 0, name = "id", description = "The module id, as atrium:modules lists it", required = true)
    @Completion(InstalledModuleCompleter.class)
    String id;

    @Reference
    ModuleAdmin admin;

    @Override
    public Object execute() {
        long started = System.nanoTime();
        admin.remove(id);
        System.out.printf("Module %s removed in %d ms; its data stays%n", id, (System.nanoTime() - started) / 1_000_000);
        return null;
    }
}
