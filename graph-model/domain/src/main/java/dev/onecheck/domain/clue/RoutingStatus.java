package dev.onecheck.domain.clue;

/** Where a clue stands with one department it was routed to (分办). */
public enum RoutingStatus {
    /** 研判 proposed the department; it has not answered yet (the response deadline runs). */
    PROPOSED,
    /** 受理: the department took the clue and inspects on it. */
    ACCEPTED,
    /** 转办: the department passed it on to another, with a reason. */
    TRANSFERRED,
    /** 办结: closed with a finding. */
    CLOSED;

    /** Only a proposed routing is answered; an answered one is on the record and stays. */
    public boolean open() {
        return this == PROPOSED;
    }
}
