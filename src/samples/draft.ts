/**
 * Built-in sample: a draft that carries several classic risks at once — a password-protected
 * zip, a full-width character in an address, a link shortener, many links and a long quoted
 * history. The zip is a real (tiny) ZipCrypto archive made with Info-ZIP's `zip -P`.
 */
import { decodeBase64 } from "../core/mime/base64";
import type { MessageSnapshot } from "../core/model/snapshot";

const ENCRYPTED_ZIP_BASE64 =
  "UEsDBAoACQAAAIkrfV2XZ95lKAAAABwAAAATABwA6KaL56mN5pu4XzIwMjYueGxzeFVUCQAD8rcLa/K3C2t1eAsAAQQAAAAABAAAAAAFZ8OUmwD3eAw/LXaB0sFJuoArmMcudfbkD0xFPP2pA+Yr6vdF7tygUEsHCJdn3mUoAAAAHAAAAFBLAwQKAAkAAACJK31dP/L0TxEAAAAFAAAADQAcAOiri+axguabuC5wZGZVVAkAA/K3C2vytwtrdXgLAAEEAAAAAAQAAAAAXlffio6EKeQMkxaCh7qDjnpQSwcIP/L0TxEAAAAFAAAAUEsBAh4DCgAJAAAAiSt9XZdn3mUoAAAAHAAAABMAGAAAAAAAAQAAAKSBAAAAAOimi+epjeabuF8yMDI2Lnhsc3hVVAUAA/K3C2t1eAsAAQQAAAAABAAAAABQSwECHgMKAAkAAACJK31dP/L0TxEAAAAFAAAADQAYAAAAAAABAAAApIGFAAAA6KuL5rGC5pu4LnBkZlVUBQAD8rcLa3V4CwABBAAAAAAEAAAAAFBLBQYAAAAAAgACAKwAAADtAAAAAAA=";

/** Four levels of replies quoted under a two-line new message. */
function quotedHistory(): string {
  const turns = [
    ["2026-11-20 18:02", "鈴木 一郎", "承知しました。金曜までに再見積もりをお送りします。"],
    [
      "2026-11-19 09:41",
      "Tanaka Hanako",
      "Could you revise the quote with the new quantities? See https://bit.ly/3xQz7Rk",
    ],
    ["2026-11-18 17:15", "鈴木 一郎", "先日の打ち合わせ資料を共有します。ご確認ください。"],
    [
      "2026-11-17 11:30",
      "Tanaka Hanako",
      "Thank you for the meeting. Minutes: https://tinyurl.com/y7mtg2kd",
    ],
  ];
  const lines: string[] = [];
  turns.forEach(([date, who, text], depth) => {
    const q = ">".repeat(depth + 1) + " ";
    lines.push(`${q}${date} ${who} wrote:`);
    for (let i = 0; i < 6; i++) lines.push(`${q}${text}`);
    lines.push(q.trim());
  });
  return lines.join("\n");
}

const LINKS = [
  "https://bit.ly/3xQz7Rk",
  "https://example-cdn.net/files/quote-2026.pdf",
  "https://tracking.example-mailer.com/c/abc123",
  "https://docs.example-share.io/s/77hq2",
  "https://t.co/Zk2LmQ8",
  "https://forms.example-survey.org/r/q1",
];

export function riskyDraft(): MessageSnapshot {
  const body = [
    "田中様",
    "",
    "いつもお世話になっております。見積書を添付いたします。",
    "パスワードは別途お送りします。",
    "",
    "詳細はこちら: " + LINKS.join(" "),
    "",
    "よろしくお願いいたします。",
    "鈴木",
    "",
    quotedHistory(),
  ].join("\n");
  const zip = decodeBase64(ENCRYPTED_ZIP_BASE64);
  return {
    source: "sample",
    kind: "draft",
    subject: "Re: Re: Re: Re: 見積書送付の件",
    bodyText: body,
    from: { name: "鈴木 一郎", address: "suzuki@contoso.co.jp" },
    to: [
      // The "＠" is a full-width at sign, a frequent slip with Japanese input.
      { name: "田中 花子", address: "tanaka＠fabrikam.co.jp" },
      { name: "佐藤 次郎", address: "sato@fabrikam.co.jp" },
    ],
    cc: [{ address: "yamada@gmial.com" }],
    bcc: [],
    attachments: [
      {
        name: "見積書_2026.zip",
        size: zip.length,
        contentType: "application/zip",
        kind: "file",
        content: zip,
      },
      {
        name: "打ち合わせ資料.pptx",
        size: 28 * 1024 * 1024,
        contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        kind: "file",
      },
    ],
    date: "2026-11-21T01:15:00.000Z",
    notes: ["Built-in sample"],
  };
}
