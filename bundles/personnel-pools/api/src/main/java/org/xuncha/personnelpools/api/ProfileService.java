package org.xuncha.personnelpools.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/**
 * Pooled people's profiles and the specialty vocabulary. Reading a profile with its relatives is
 * audited as a read of sensitive data; relatives' relation and notes are stored encrypted.
 */
@ProviderType
public interface ProfileService {

    /** The person's profile; an empty one (version 0) when none was entered yet. 404 for an unknown person. */
    Profile profile(Caller caller, long personId);

    /** Creates or replaces the profile; 409 when {@code version} is not the stored one. */
    Profile save(Caller caller, long personId, Profile.Draft draft);

    /** The vocabulary the caller's office uses: the built-in names and those its divisions added. */
    List<Specialty> specialties(Caller caller);

    /** Adds a specialty for the caller's office; 409 when the name exists. */
    Specialty addSpecialty(Caller caller, Specialty specialty);
}
