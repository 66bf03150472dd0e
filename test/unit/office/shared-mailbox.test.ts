/**
 * Items of a shared mailbox (info@) or a delegated folder, read through office-addin-mock:
 * getSharedPropertiesAsync names the mailbox, and the adapters treat it as the sender.
 */
import { readCurrentItem } from "../../../src/office";
import { classifyReadItem } from "../../../src/office/classify";
import { composeDraft, fail, installOffice, ok, sentItem, uninstallOffice, USER } from "./seeds";

const INFO = { displayName: "Info", emailAddress: "info@contoso.example" };
const SHARED = {
  owner: INFO.emailAddress,
  targetMailbox: "info@contoso.example",
  targetRestUrl: "https://outlook.office.com/api",
  delegatePermissions: 0x3f,
};

afterEach(() => uninstallOffice());

describe("a sent copy in a shared mailbox", () => {
  test("is the shared mailbox's sent mail, not a received one", async () => {
    installOffice(
      sentItem({ from: { ...INFO }, sender: { ...INFO }, getSharedPropertiesAsync: ok(SHARED) })
    );
    const s = await readCurrentItem();
    expect(s.kind).toBe("sent");
    expect(s.from?.address).toBe("info@contoso.example");
    expect(s.messageId).toBe("<orig-0001@contoso.example>");
    expect(s.notes?.join("\n")).toMatch(/shared or delegated mailbox info@contoso\.example/);
  });

  test("without the shared properties the same item reads as received (what Todoku did before)", async () => {
    installOffice(sentItem({ from: { ...INFO }, sender: { ...INFO } }));
    expect((await readCurrentItem()).kind).toBe("received");
  });

  test("a client below Mailbox 1.8 is not asked, and a failing call is only noted", async () => {
    installOffice(
      sentItem({ from: { ...INFO }, sender: { ...INFO }, getSharedPropertiesAsync: ok(SHARED) }),
      { mailboxVersion: "1.7" }
    );
    expect((await readCurrentItem()).kind).toBe("received");
    uninstallOffice();
    installOffice(
      sentItem({
        from: { ...INFO },
        sender: { ...INFO },
        getSharedPropertiesAsync: fail("GenericResponseError", "not in a shared folder", 9020),
      })
    );
    const s = await readCurrentItem();
    expect(s.kind).toBe("received");
    expect(s.notes?.join("\n")).toMatch(/Shared-mailbox properties not read/);
  });

  test("the user's own item (owner is the user) is not called shared", async () => {
    installOffice(
      sentItem({ getSharedPropertiesAsync: ok({ ...SHARED, owner: USER.emailAddress }) })
    );
    const s = await readCurrentItem();
    expect(s.kind).toBe("sent");
    expect(s.notes?.join("\n")).not.toMatch(/shared or delegated/);
  });

  test.each([[null], [{}], [{ owner: 42 }], [{ owner: "not an address" }]])(
    "odd shared properties (%p) change nothing",
    async (props) => {
      installOffice(
        sentItem({ from: { ...INFO }, sender: { ...INFO }, getSharedPropertiesAsync: ok(props) })
      );
      expect((await readCurrentItem()).kind).toBe("received");
    }
  );
});

describe("a draft in a shared mailbox", () => {
  test("without a From the shared mailbox is the sender, not the signed-in user", async () => {
    installOffice(
      composeDraft({
        from: { getAsync: fail("GenericResponseError", "no from", 9020) },
        getSharedPropertiesAsync: ok(SHARED),
      })
    );
    const s = await readCurrentItem();
    expect(s.from?.address).toBe("info@contoso.example");
    expect(s.notes?.join("\n")).toMatch(/From is the shared mailbox/);
  });

  test("a From chosen in the draft wins", async () => {
    installOffice(composeDraft({ getSharedPropertiesAsync: ok(SHARED) }));
    const s = await readCurrentItem();
    expect(s.from?.address).toBe("taro.yamada@contoso.example");
  });
});

test("classifyReadItem: the owner counts as 'you' only when given", () => {
  const base = { fromAddress: "info@x.example", userAddress: "taro@x.example" };
  expect(classifyReadItem(base).kind).toBe("received");
  expect(classifyReadItem({ ...base, mailboxOwnerAddress: "INFO@x.example" }).kind).toBe("sent");
});
