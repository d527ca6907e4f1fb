package org.atriumcrm.core.admin.internal.commands;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.atriumcrm.core.admin.internal.ModuleAdmin;
import org.atriumcrm.core.admin.internal.ModuleInfo;

/** {@code atrium:module-install <id>}: installs a module's feature on the running system. */
@Service
@Command(scope = "atrium", name = "module-install", description = "Installs an Atrium module while the system runs")
public class ModuleInstallCommand implements Action {

    @Argument(index = 0, name = "id", description = "The module id, as atrium:modules -a lists it", required = true)
    @Completion(AvailableModuleCompleter.class)
    String id;

    @Reference
    ModuleAdmin admin;

    @Override
    public Object execute() {
        long started = System.nanoTime();
        boolean installedNow = admin.install(id);
        ModuleInfo module = admin.get(id);
        System.out.printf(installedNow ? "Module %s %s installed in %d ms (%s)%n" : "Module %s %s was installed already (%4$s)%n",
                module.id(), module.version(), (System.nanoTime() - started) / 1_000_000, module.state());
        return null;
    }
}
