/**
 * The catalogue is the one source of truth for every surface: all 24 causes in order, every
 * text present in both languages, and every Japanese text in our own words.
 */
import {
  CATALOGUE,
  catalogueItem,
  TRIAGE_STEPS,
  WHO_LABELS,
  whoLabelFor,
} from "../../../src/core/catalogue";
import { ITEM_IDS } from "../../../src/core/model/finding";

/**
 * Distinctive sentences of the source article, kept here (tests never read ../shared). A
 * catalogue text that shares a run of RUN characters with any of them was copied, not rewritten.
 */
const ARTICLE_PHRASES = [
  "送信元のメールサーバーのホスト名、または送信元IPアドレスが、スパムや悪意のある活動に関連していると見なされ、受信側のメールサーバーやメール関連のセキュリティアプライアンスによってブラックリストに登録されている可能性があります",
  "送信先をブラックリスト入りしているという逆のパターンもあり、この場合も同様に相手にメールを送れません",
  "送信元や送信先(受信側)のメールサーバーに障害が発生しており、メールを正しく処理できない可能性があり、メールが正しく配信されない可能性が考えられます",
  "メール処理のプロセス中に、メールクライアントや送信側のメールサーバー、または受信側のメールサーバーなどで、エラーが発生した可能性があります",
  "大抵の場合で処理をリトライするのですが、タイミングによっては処理が停まってしまいます",
  "メールサーバーやネットワークの遅延により、メールが一時的に届かない場合があります",
  "通常はこういった遅延は一時的であり、数時間後にメールが正常に受信されることがあります",
  "受信側のメールサーバーまたはクライアントのメールソフトやアンチウイルスソフトなどで、新しいフィルタリングルールや受信ルールが設定され、それによってブロックされ、メールが届かなくなった可能性があります",
  "送信者側でメールサーバーやドメインの設定を変更した場合、新しい設定が正常に機能していない場合はメールが送れなかったりします",
  "受信者側で、特定の送信元やドメインからのメールをフィルタリングする設定が行われている可能性があります",
  "メールを受信できたとしても、受信トレイに仕分けされず、スパムフォルダーなどに移動されて見落とししていることが考えられます",
  "メールアドレスなどは補完してくれる機能がありますが、手入力したり、登録アドレスを間違えていると、起こりえます",
  "スパムや不審メールと判定される理由にメール本文にリンクが多かったり、英語文字が多かったりします",
  "また、メールが履歴などで長くなりすぎてしまうのも理由となります",
  "送信元や送信先(受信側)のメールサーバーがメールのサイズ制限を設定しており、送受信するメールがその制限を超えている場合、送受信されないことがあります",
  "こちらも添付ファイルの話ですが、容量問題と関係なく添付ファイルの拡張子でブロックされる場合もあります",
  "添付ファイルを圧縮してパスワードを付与しても、ファイルのヘッダー情報で中身の拡張子がわかってしまうこともあるので",
  "添付ファイルは基本オンラインストレージを使うのがスマートと考えます",
  "メールが届かない理由として、ネットワークの問題が発生している可能性があります。これには、メールだけの話ではなくネットワーク全体で障害が発生している可能性もあります",
  "その場合、送信元のネットワークの問題か送信先(受信側)のネットワークの問題か",
  "メールが送信元から送信先までの間に通過する途中で、ネットワークルーティングの問題が発生したら、メールが適切に配信されない場合があります",
  "受信者のメールボックスが容量を超過している場合、新しいメールが受信トレイに届かないことがあります",
  "セキュリティを高めるために新しい機器を導入したり、交換したりすることもその機器の仕様により、今まで届いていたものが届かなくなることもあります",
  "送信元のDNSサーバーの障害が発生している場合は、メールが送れなかったりすることが考えられます",
  "ドメインの所有者が他のサーバに、そのドメイン宛のメールをどこに送信すればよいかの情報が必要となります",
  "受信者のメールアカウントが無効化されている場合、メールが配信されず、エラーメッセージが送信者に返されることがあります",
  "送信者が大量のメールを一度に送信したり、短期間で多数のメールを送信した場合、受信者のメールサーバーがこれをスパムと見なし、受信を拒否する可能性があります",
  "メールサーバーが一度に処理しきれなくて、送信キューにメールを保留することがあり、一部のメールが一時的に遅延される可能性があります",
  "メーリングリストの一部の送信者が無効や不正確なメールアドレスのものを使用している場合、メールが受信者に対して正常に配信されません",
  "メールのヘッダーに誤った情報が含まれている場合、受信側のメールサーバーがメールを拒否することがあります",
  "特殊なメールソフトを使わない限り、メールヘッダーに間違った情報は入りにくいです",
  "ISPとはインターネットサービスプロバイダのことで、このプロバイダーがメールの送信または受信に制限を設けている場合、メールが送受信に影響が出る場合があります",
  "ライセンスが無かったり、うまく割り当たってないときはメールの送受信ができない場合があります",
  "SMTPS(SMTP over SSL/TLS)やSTARTTLSはメール送信の際に通信内容を暗号化する手法ですが、暗号化した状態でメールを送らないと受信側のメールサーバーが、拒否することがあります",
  "受信側のメールサーバーがSPF(Sender Policy Framework)、DKIM(Domain Keys Identified Mail)、DMARC(Domain-based Message Authentication, Reporting and Conformance)のいずれかに適切に対応していない可能性があります",
  "その場合、送信元ドメインの認証に失敗し、メールが相手に受信されません",
  "メール送受信とWebサイト閲覧はシステムが違いますが、同様にインターネットの技術を使っています",
  "つまり、インターネット検索を利用して異常が無ければ、インターネットや回線関連に問題がないということがわかるわけです",
  "同じドメインなのに別PCからメールが届いた場合は、対象の送信元PCのメールクライアントに問題がある可能性、PCの故障やそのPCのネットワークに問題のある場外が考えられます",
  "これは送信元のメールサーバーでブロックされているというよりかは、受信側のメールサーバーでブロックされている可能性が高く",
  "別のドメインからメールがきちんと届くのであれば、対象の送信元PCのメールクライアントに問題がある可能性、対象ドメインをブロックされているか",
  "メール本文の履歴を削除して、英語やリンクを極力少なくする",
  "これで届かない場合は送信元や受信側のシステム管理者に相談し、どこでメールがブロックされているか確認します",
  "届かない対象メールの「送信日時」「送信元アドレス」「宛先アドレス」「件名」",
];

const RUN = 15;

function copiedRuns(text: string): string[] {
  const hits: string[] = [];
  for (let i = 0; i + RUN <= text.length; i++) {
    const window = text.slice(i, i + RUN);
    if (ARTICLE_PHRASES.some((p) => p.includes(window))) hits.push(window);
  }
  return hits;
}

describe("catalogue", () => {
  it("lists all 24 causes in id order", () => {
    expect(CATALOGUE.map((c) => c.id)).toEqual([...ITEM_IDS]);
    for (const id of ITEM_IDS) expect(catalogueItem(id).id).toBe(id);
  });

  it.each(CATALOGUE.map((c) => [c.id, c] as const))(
    "item %i has every text in both languages",
    (_id, c) => {
      for (const text of [c.title, c.explanation, c.howToCheck]) {
        expect(text.ja.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
      }
      // Japanese texts are Japanese and polite; English texts carry no Japanese.
      expect(c.explanation.ja).toMatch(/[ぁ-んァ-ン]/);
      expect(c.explanation.ja).toMatch(/(す|ん)。$/);
      expect(c.howToCheck.ja).toMatch(/(す|い)。$/);
      expect(c.explanation.en).not.toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(c.howToCheck.en).not.toMatch(/[ぁ-んァ-ン一-龯]/);
      // 2–4 sentences of explanation.
      const sentences = c.explanation.ja.split("。").filter((s) => s.trim() !== "").length;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(4);
      expect(c.who.length).toBeGreaterThan(0);
      for (const w of c.who) expect(WHO_LABELS[w]).toBeDefined();
    }
  );

  it("has every triage step's question, reason and how-to in both languages", () => {
    expect(TRIAGE_STEPS.map((s) => s.id)).toEqual([
      "web",
      "sameDomainOtherAccount",
      "otherDomain",
      "noAttachments",
      "noHistory",
      "longerSubject",
    ]);
    for (const s of TRIAGE_STEPS) {
      for (const text of [s.question, s.why, s.how]) {
        expect(text?.ja.trim()).toBeTruthy();
        expect(text?.en.trim()).toBeTruthy();
      }
    }
  });

  it("copies no Japanese sentence from the source article", () => {
    const texts: Array<[string, string]> = [];
    for (const c of CATALOGUE) {
      texts.push(
        [`${c.id}.title`, c.title.ja],
        [`${c.id}.explanation`, c.explanation.ja],
        [`${c.id}.howToCheck`, c.howToCheck.ja]
      );
    }
    for (const s of TRIAGE_STEPS) {
      texts.push(
        [`${s.id}.question`, s.question.ja],
        [`${s.id}.why`, s.why.ja],
        [`${s.id}.how`, s.how?.ja ?? ""]
      );
    }
    const copied = texts
      .map(([where, text]) => [where, copiedRuns(text)] as const)
      .filter(([, runs]) => runs.length > 0);
    expect(copied).toEqual([]);
  });

  it("detects a copied run (the check itself can fail)", () => {
    expect(copiedRuns("注意:受信者のメールボックスが容量を超過している場合です")).not.toEqual([]);
  });
});

describe("who acts, from the reader's side", () => {
  it("keeps the catalogue's names on the sender's own mail", () => {
    for (const kind of ["draft", "sent", "bounce"] as const)
      for (const who of ["you", "yourIt", "recipient", "recipientIt", "provider"] as const)
        expect(whoLabelFor(who, kind)).toBe(WHO_LABELS[who]);
  });

  it("turns the sides round on a received mail", () => {
    expect(whoLabelFor("recipient", "received")).toEqual(WHO_LABELS.you);
    expect(whoLabelFor("recipientIt", "received")).toEqual(WHO_LABELS.yourIt);
    expect(whoLabelFor("you", "received").en).toBe("The sender");
    expect(whoLabelFor("yourIt", "received").ja).toBe("送信者側のIT担当者");
    expect(whoLabelFor("provider", "received")).toEqual(WHO_LABELS.provider);
  });
});
