package org.atriumcrm.core.admin.internal.commands;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.atriumcrm.core.admin.internal.ModuleAdmin;
import org.atriumcrm.core.admin.internal.ModuleInfo;

/** {@code atrium:modules}: the installed modules, or with {@code -a} every module the repositories offer. */
@Service
@Command(scope = "atrium", name = "modules", description = "Lists the installed Atrium modules")
public class ModulesCommand implements Action {

    @Option(name = "-a", aliases = "--available", description = "List every module in the feature repositories")
    boolean available;

    @Reference
    ModuleAdmin admin;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Version");
        table.column("State");
        table.column("Feature");
        for (ModuleInfo module : available ? admin.available() : admin.installed()) {
            table.addRow().addContent(module.id(), module.name(), module.version(), module.state(),
                    module.feature() == null ? "" : module.feature());
        }
        table.print(System.out);
        return null;
    }
}
