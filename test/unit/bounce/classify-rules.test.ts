import { classifyDelivery } from "../../../src/core/bounce/classify";

/** Rules added for provider and appliance wordings; each on a minimal synthetic report. */
describe("classifyDelivery: provider wordings", () => {
  it("reads Orange / La Poste by their own reason number, not the generic enhanced code", () => {
    const spam = classifyDelivery({
      status: "5.2.0",
      replyCode: "550",
      diagnostic: "550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]",
      reporter: "smtp-in.orange.fr",
    });
    expect(spam?.reason).toBe("spamdetected");
    const later = classifyDelivery({
      status: "4.2.0",
      replyCode: "421",
      diagnostic: "421 4.2.0 Service refuse. Veuillez essayer plus tard. OFR005_505 [505]",
    });
    expect(later?.reason).toBe("systemerror");
    const archived = classifyDelivery({
      status: "5.5.0",
      diagnostic: "550 5.5.0 Le compte du destinataire est bloque. LPN007_426",
    });
    expect(archived?.reason).toBe("suspend");
    // A number without a documented cause leaves the decision to the other rules.
    expect(
      classifyDelivery({ status: "5.1.1", diagnostic: "550 5.1.1 Invalid recipient OFR_777" })
        ?.reason
    ).toBe("userunknown");
  });
});
