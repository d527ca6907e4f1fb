package ${package}.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** One item of a client, in the module's own table; the client is referenced by id only. */
@Entity
@Table(name = "${moduleId}_item")
public class ItemEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "client_id", length = 36, nullable = false)
    private String clientId;

    @Column(name = "title", length = 200, nullable = false)
    private String title;

    @Column(name = "note", length = 2000)
    private String note;

    /** UTC */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ItemEntity() {
        // for JPA
    }

    ItemEntity(String id, String clientId, String title, String note, LocalDateTime createdAt) {
        this.id = id;
        this.clientId = clientId;
        this.title = title;
        this.note = note;
        this.createdAt = createdAt;
    }

    Item toItem() {
        return new Item(id, clientId, title, note, createdAt.toInstant(ZoneOffset.UTC), version);
    }
}
