package cn.csp.portal.partner;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The program guide and reseller agreement versions, and who accepted which. */
public interface Agreements {

  /** Every published version, newest first. */
  List<AgreementVersion> allVersions();

  /** The version in force: the most recently published of its type. */
  Optional<AgreementVersion> current(AgreementType type);

  /** Publishes a new version (operators). Refuses a version number already used for the type. */
  UUID publish(@Valid NewAgreementVersion version, Actor operator);

  /** The partner's acceptances, newest first. */
  List<AgreementAcceptance> acceptancesOf(UUID partnerId);

  /**
   * A global admin accepts ("Accept and continue") a reseller agreement version. For a partner
   * awaiting its agreement this activates it and sets its billing day; an active partner may accept
   * a newer version, which changes nothing else.
   */
  AgreementAcceptance accept(UUID partnerId, UUID agreementId, String ipAddress, Actor globalAdmin);
}
