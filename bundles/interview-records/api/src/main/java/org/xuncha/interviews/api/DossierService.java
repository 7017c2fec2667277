package org.xuncha.interviews.api;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/** The top-leader dossier (专门材料) of a unit. Compiled on demand; every read and export is audited. */
@ProviderType
public interface DossierService {

    LeaderDossier compile(Caller caller, long roundId, long unitId);

    /** The dossier as a Word document (.docx) laid out after GB/T 9704. */
    Download export(Caller caller, long roundId, long unitId);
}
