package dev.onecheck.domain.access;

/**
 * 公开: what is published everyone may read; unpublished records (a case not yet 公示) only the enforcement side —
 * officers, department admins and supervisors. The public and enterprises see published records only.
 */
public final class PublicationAccess {

    private PublicationAccess() {
    }

    public static boolean seesUnpublished(Viewer viewer) {
        return viewer.enforcementSide();
    }
}
