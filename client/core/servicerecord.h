// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

class QJsonObject;

namespace motcua {

namespace json {
class JsonReader;
}

//! How the application reached the agency (Decision 766, group "online services").
enum class SubmissionChannel {
    InPerson, //!< "in_person": at the one-stop desk
    Online, //!< "online": through the public service portal
    Postal, //!< "postal": by the public postal service (bưu chính công ích)
};

//! How the fees were paid; None when the procedure is free.
enum class PaymentMethod {
    None, //!< "none"
    Desk, //!< "desk": cash or card at the desk
    Online, //!< "online": through the portal's payment platform
};

//! The citizen's rating when one was given (the national portal's three levels).
enum class Satisfaction {
    None, //!< null on the wire: not rated
    VerySatisfied, //!< "very_satisfied"
    Satisfied, //!< "satisfied"
    Dissatisfied, //!< "dissatisfied"
};

//! One forward between agencies (chuyển liên thông). Wire:
//! {"from_agency","to_agency","at","electronic"}.
struct Transfer
{
    QString fromAgency;
    QString toAgency;
    QDateTime at;
    bool electronic = true; //!< false: the file travelled on paper
    bool operator==(const Transfer &) const = default;
};

//! What the service-quality indicators (Decision 766) need to know about a
//! dossier beyond its workflow. On the wire these are fields of the dossier
//! itself (see docs/api/openapi.yaml, Dossier); every one of them may be absent
//! (older servers and caches), which reads as the default below.
struct ServiceRecord
{
    SubmissionChannel channel = SubmissionChannel::InPerson; //!< "channel"
    PaymentMethod payment = PaymentMethod::None; //!< "payment"
    //! Ids of input components taken from the e-data warehouse (tái sử dụng)
    //! rather than digitized again ("reused_components"). The other input
    //! components were digitized for this dossier.
    QStringList reusedComponents;
    //! Required input components kept only on paper, not digitized ("paper_components").
    int paperComponents = 0;
    //! The result was issued on paper only, even if a scan is attached ("result_on_paper").
    bool resultOnPaper = false;
    QList<Transfer> transfers; //!< "transfers", oldest first
    QDateTime nationalSyncedAt; //!< "national_synced_at": last synchronisation to the national portal
    Satisfaction satisfaction = Satisfaction::None; //!< "satisfaction"

    bool operator==(const ServiceRecord &) const = default;
};

[[nodiscard]] QString toWire(SubmissionChannel v);
[[nodiscard]] QString toWire(PaymentMethod v);
[[nodiscard]] QString toWire(Satisfaction v); //!< empty for None
[[nodiscard]] std::optional<SubmissionChannel> submissionChannelFromWire(QStringView wire);
[[nodiscard]] std::optional<PaymentMethod> paymentMethodFromWire(QStringView wire);
[[nodiscard]] std::optional<Satisfaction> satisfactionFromWire(QStringView wire);

namespace json {
//! Adds the record's fields to a dossier object.
void writeServiceRecord(QJsonObject &dossier, const ServiceRecord &v);
//! Reads them from a dossier object; absent fields keep their defaults, present
//! ones are checked as strictly as every other field.
void readServiceRecord(JsonReader &r, ServiceRecord &out);
} // namespace json

} // namespace motcua
