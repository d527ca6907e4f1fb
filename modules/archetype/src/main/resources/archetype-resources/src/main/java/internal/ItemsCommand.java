package ${package}.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code ${moduleId}:items <clientId>} in the Karaf console: there while the module is installed. */
@Service
@Command(scope = ModuleDescriptor.ID, name = "items", description = "Lists a client's ${moduleName} items")
public class ItemsCommand implements Action {

    @Argument(index = 0, name = "clientId", description = "The client's id", required = true)
    String clientId;

    @Reference
    ItemStore items;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Created");
        table.column("Title");
        table.column("Id");
        for (Item item : items.ofClient(clientId, null, null, ItemStore.MAX_LIMIT)) {
            table.addRow().addContent(item.createdAt(), item.title(), item.id());
        }
        table.print(System.out);
        return null;
    }
}
