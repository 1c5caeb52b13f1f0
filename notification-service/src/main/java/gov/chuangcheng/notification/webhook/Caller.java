package gov.chuangcheng.notification.webhook;

/**
 * Who manages webhook subscriptions: the office manages every subscription; an integration client only those it owns.
 *
 * @param id     the owner name of the caller: an integration client's client id, an office user's username
 * @param office true for the campaign office
 */
public record Caller(String id, boolean office) {

    public boolean mayManage(String owner) {
        return office || (owner != null && owner.equals(id));
    }
}
