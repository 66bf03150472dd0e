import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  displayLanguage,
  isInOutlook,
  loadAttachmentContents,
  officeTheme,
  onItemChanged,
  readCurrentItem,
} from "../../../src/office";
import { readBounce } from "../../../src/core/bounce";
import {
  bounceItem,
  composeDraft,
  fail,
  installOffice,
  receivedItem,
  sentItem,
  uninstallOffice,
} from "./seeds";

const NDR = readFileSync(join(__dirname, "../../fixtures/office/ndr-exchange.eml"), "latin1");

afterEach(() => uninstallOffice());

describe("outside Outlook", () => {
  test("isInOutlook is false and readCurrentItem rejects with a clear message", async () => {
    expect(isInOutlook()).toBe(false);
    await expect(readCurrentItem()).rejects.toThrow(/No mail item/);
  });
});

describe("compose item → snapshot", () => {
  test("reads subject, both bodies, from, recipients as typed and attachment metadata", async () => {
    installOffice(composeDraft());
    expect(isInOutlook()).toBe(true);
    const s = await readCurrentItem();
    expect(s.source).toBe("office-compose");
    expect(s.kind).toBe("draft");
    expect(s.subject).toBe("見積書の送付 / Quotation");
    expect(s.bodyHtml).toContain("<a href=");
    expect(s.bodyText).toBe("お世話になっております。見積書");
    expect(s.from).toEqual({ name: "Taro Yamada", address: "taro.yamada@contoso.example" });
    // The full-width address is kept exactly as typed: the recipient check needs the raw form.
    expect(s.to.map((a) => a.address)).toEqual([
      "hanako@fabrikam.example",
      "ｊｉｒｏ＠ｆａｂｒｉｋａｍ．ｅｘａｍｐｌｅ",
    ]);
    expect(s.to[1]?.name).toBeUndefined();
    expect(s.cc).toEqual([{ name: "Sales", address: "sales@contoso.example" }]);
    expect(s.bcc).toEqual([]);
    expect(s.attachments.map((a) => [a.name, a.size, a.kind])).toEqual([
      ["invoice.pdf.exe", 6, "file"],
      ["docs.zip", 6, "file"],
      ["Fwd: minutes", 120, "item"],
      ["plan.xlsx", 0, "cloud"],
    ]);
    expect(s.attachments.every((a) => a.content === undefined)).toBe(true);
  });

  test("a failing call becomes a note and the rest is still read", async () => {
    installOffice(
      composeDraft({ cc: { getAsync: fail("GenericResponseError", "The server is busy", 9020) } })
    );
    const s = await readCurrentItem();
    expect(s.cc).toEqual([]);
    expect(s.to).toHaveLength(2);
    expect(s.notes?.join("\n")).toMatch(
      /Cc recipients could not be read: cc\.getAsync: The server is busy \(code 9020\)/
    );
  });

  test("without from.getAsync the signed-in user is the sender, and it is noted", async () => {
    installOffice(composeDraft({ from: undefined }), { mailboxVersion: "1.6" });
    const s = await readCurrentItem();
    expect(s.from?.address).toBe("taro.yamada@contoso.example");
    expect(s.notes?.join("\n")).toMatch(/userProfile/);
  });

  test("a call that never calls back does not hang the snapshot forever", async () => {
    jest.useFakeTimers();
    try {
      installOffice(composeDraft({ bcc: { getAsync: () => undefined } }));
      const pending = readCurrentItem();
      await jest.advanceTimersByTimeAsync(11000);
      const s = await pending;
      expect(s.notes?.join("\n")).toMatch(/Bcc recipients could not be read: .*no answer within/);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe("attachment contents", () => {
  test("base64 becomes bytes, an attached mail becomes its .eml text, a cloud link has no bytes", async () => {
    installOffice(composeDraft());
    const s = await loadAttachmentContents(await readCurrentItem(), 1024);
    const [exe, zip, mail, cloud] = s.attachments;
    expect(Array.from(exe?.content ?? [])).toEqual([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);
    expect(Array.from(zip?.content ?? []).slice(0, 4)).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(new TextDecoder().decode(mail?.content)).toContain("Subject: minutes");
    expect(cloud?.content).toBeUndefined();
    expect(cloud?.contentError).toMatch(/cloud attachment/);
  });

  test("too large, failing and vanished attachments get a reason; the input snapshot is not changed", async () => {
    installOffice(composeDraft());
    const before = await readCurrentItem();
    const edited = {
      ...before,
      attachments: [...before.attachments, { name: "gone.pdf", size: 10, kind: "file" as const }],
    };
    const s = await loadAttachmentContents(edited, 100);
    expect(s.attachments[2]?.contentError).toMatch(/larger than 100 bytes/);
    expect(s.attachments[4]?.contentError).toMatch(/not found on the open item/);
    expect(before.attachments[0]?.content).toBeUndefined();

    installOffice(
      composeDraft({
        getAttachmentContentAsync: fail("AttachmentTypeNotSupported", "Not supported", 9049),
      })
    );
    const failed = await loadAttachmentContents(before, 1024);
    expect(failed.attachments[0]?.contentError).toMatch(/Not supported \(code 9049\)/);
  });
});

describe("read items → snapshot and kind", () => {
  test("a sent item: kind sent, empty headers recorded as a note (not an error), raw MIME kept", async () => {
    installOffice(sentItem());
    const s = await readCurrentItem();
    expect(s.source).toBe("office-read");
    expect(s.kind).toBe("sent");
    expect(s.messageId).toBe("<orig-0001@contoso.example>");
    expect(s.date).toBe("2026-11-16T01:01:58.000Z");
    expect(s.headers).toBeUndefined();
    const notes = s.notes?.join("\n") ?? "";
    expect(notes).toMatch(/No transport headers: expected for a copy in Sent Items/);
    expect(notes).toMatch(/Raw MIME read with getAsFileAsync/);
    expect(new TextDecoder().decode(s.raw)).toContain("Subject: Quarterly figures");
    expect(s.sizeBytes).toBe(s.raw?.length);
    expect(s.attachments[0]).toMatchObject({ name: "figures.xlsx", size: 2048, kind: "file" });
  });

  test("a bounce: kind bounce from the NDR item class; the raw report is what the bounce reader needs", async () => {
    installOffice(bounceItem(NDR));
    const s = await readCurrentItem();
    expect(s.kind).toBe("bounce");
    expect(s.notes?.join("\n")).toMatch(/item class REPORT\.IPM\.Note\.NDR/);
    expect(s.headers?.find((h) => h.name === "Content-Type")?.value).toMatch(/multipart\/report/);
    const report = readBounce(s);
    expect(report?.recipients[0]).toMatchObject({
      address: "hanako@fabrikam.example",
      status: "5.1.1",
    });
  });

  test("a bounce on a client without 1.14: kind from the sender and subject, a note on the MIME path", async () => {
    installOffice(bounceItem(NDR, { itemClass: undefined }), { mailboxVersion: "1.8" });
    const s = await readCurrentItem();
    expect(s.kind).toBe("bounce");
    expect(s.raw).toBeUndefined();
    expect(s.notes?.join("\n")).toMatch(/lacks getAsFileAsync \(Mailbox 1\.14\)/);
  });

  test("a received mail keeps its transport headers in order", async () => {
    installOffice(receivedItem());
    const s = await readCurrentItem({ withoutRaw: true });
    expect(s.kind).toBe("received");
    expect(s.headers?.map((h) => h.name)).toEqual([
      "Received",
      "Authentication-Results",
      "From",
      "Subject",
      "Message-ID",
    ]);
    expect(s.cc).toEqual([{ name: "Jiro", address: "jiro@fabrikam.example" }]);
    expect(s.notes?.join("\n")).not.toMatch(/No transport headers/);
  });

  test("received mail: no raw MIME by default (headers suffice), on request it is read", async () => {
    let fetched = 0;
    const getAsFileAsync = (cb: (r: unknown) => void) => {
      fetched++;
      cb({ status: "succeeded", value: Buffer.from("Subject: x\r\n\r\nbody").toString("base64") });
    };
    installOffice(receivedItem({ getAsFileAsync }));
    const s = await readCurrentItem();
    expect(fetched).toBe(0);
    expect(s.raw).toBeUndefined();
    expect(s.notes?.join("\n")).toMatch(/Raw MIME not read: received mail/);
    expect((await readCurrentItem({ withRaw: true })).raw?.length).toBeGreaterThan(0);
    expect(fetched).toBe(1);
  });

  test("a sent copy with very large attachments is not loaded whole", async () => {
    let fetched = 0;
    installOffice(
      sentItem({
        attachments: [
          { id: "big", name: "video.mp4", size: 30 * 1024 * 1024, attachmentType: "file" },
        ],
        getAsFileAsync: (cb: (r: unknown) => void) => {
          fetched++;
          cb({ status: "succeeded", value: "" });
        },
      })
    );
    const s = await readCurrentItem();
    expect(fetched).toBe(0);
    expect(s.notes?.join("\n")).toMatch(/attachments add up to 31457280 bytes/);
  });

  test("a header failure is a note; the item is still read", async () => {
    installOffice(
      receivedItem({
        getAllInternetHeadersAsync: fail("GenericResponseError", "Headers unavailable", 9030),
      })
    );
    const s = await readCurrentItem({ withoutRaw: true });
    expect(s.kind).toBe("received");
    expect(s.subject).toBe("Re: Quarterly figures");
    expect(s.notes?.join("\n")).toMatch(
      /Internet headers could not be read: .*Headers unavailable \(code 9030\)/
    );
  });

  test("a folder hint of Drafts makes an own item a draft", async () => {
    installOffice(sentItem({ internetMessageId: undefined }));
    expect((await readCurrentItem({ folder: "drafts", withoutRaw: true })).kind).toBe("draft");
  });
});

describe("language, theme and pinned-pane events", () => {
  test("display language follows Outlook", () => {
    installOffice(receivedItem(), { displayLanguage: "ja-JP" });
    expect(displayLanguage()).toBe("ja");
    installOffice(receivedItem(), { displayLanguage: "en-GB" });
    expect(displayLanguage()).toBe("en");
  });

  test("theme: light, dark and high contrast", () => {
    installOffice(receivedItem());
    expect(officeTheme()).toEqual({ dark: false, highContrast: false });
    installOffice(receivedItem(), {
      officeTheme: { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#e0e0e0" },
    });
    expect(officeTheme()).toEqual({ dark: true, highContrast: false });
    installOffice(receivedItem(), {
      officeTheme: { bodyBackgroundColor: "#000000", bodyForegroundColor: "#ffff00" },
    });
    expect(officeTheme()).toEqual({ dark: true, highContrast: true });
    uninstallOffice();
    expect(officeTheme()).toBeNull();
  });

  test("onItemChanged registers the ItemChanged handler and unsubscribes", () => {
    const handlers = new Map<string, () => void>();
    const removed: string[] = [];
    installOffice(receivedItem(), {
      extraMailbox: {
        addHandlerAsync: (type: string, handler: () => void) => handlers.set(type, handler),
        removeHandlerAsync: (type: string) => removed.push(type),
      },
    });
    const calls: number[] = [];
    const off = onItemChanged(() => calls.push(1));
    handlers.get("olkItemSelectedChanged")?.();
    expect(calls).toHaveLength(1);
    off();
    handlers.get("olkItemSelectedChanged")?.();
    expect(calls).toHaveLength(1);
    expect(removed).toEqual(["olkItemSelectedChanged"]);
  });
});

describe("byte encoding without browser APIs (classic Outlook's event runtime)", () => {
  const { utf8Bytes } = jest.requireActual(
    "../../../src/office/attachments"
  ) as typeof import("../../../src/office/attachments");

  test("the UTF-8 fallback matches TextEncoder, including Japanese and emoji", () => {
    const text = "Subject: 見積書 📎 café\r\n";
    const saved = globalThis.TextEncoder;
    try {
      (globalThis as { TextEncoder?: unknown }).TextEncoder = undefined;
      expect(Buffer.from(utf8Bytes(text))).toEqual(Buffer.from(text, "utf8"));
    } finally {
      globalThis.TextEncoder = saved;
    }
  });
});

describe("pairing snapshot attachments with the item's", () => {
  const { matchAttachments } = jest.requireActual(
    "../../../src/office/attachments"
  ) as typeof import("../../../src/office/attachments");
  const att = (id: string, name: string, size: number) => ({
    id,
    info: { name, size, kind: "file" as const },
  });

  test("same-named files pair in order, each Office id used once; a renamed or resized one has no partner", () => {
    const current = [
      att("x1", "scan.pdf", 10),
      att("x2", "scan.pdf", 10),
      att("x3", "memo.txt", 5),
    ];
    const wanted = [
      { name: "scan.pdf", size: 10, kind: "file" as const },
      { name: "memo.txt", size: 6, kind: "file" as const },
      { name: "scan.pdf", size: 10, kind: "file" as const },
      { name: "scan.pdf", size: 10, kind: "file" as const },
    ];
    expect(matchAttachments(wanted, current).map((m) => m?.id)).toEqual([
      "x1",
      undefined,
      "x2",
      undefined,
    ]);
  });
});
