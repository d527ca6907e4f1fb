package org.atriumcrm.core.api.security;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.osgi.annotation.versioning.ProviderType;

/** The roles users can have. The admin role may do everything and cannot be changed. */
@ProviderType
public interface RoleService {

    String RECORD_TYPE = "role";

    List<Role> list();

    Optional<Role> get(String id);

    /** @throws org.atriumcrm.core.api.ValidationException when the id is taken or malformed, or a grant names no access */
    Role create(RoleDraft draft);

    Role update(String id, RoleDraft draft, OptionalLong expectedVersion);

    /** Refused (as a validation error on {@code id}) for built-in roles and roles users still have. */
    void delete(String id, OptionalLong expectedVersion);
}
