#pragma once

#include "models/consensus/Meeting.h"
#include "models/core/Result.h"
#include "models/pdf/PdfBinding.h"

namespace rd {

// The documents of a 共識會議, printed in the user's language (Traditional Chinese by default), A4.

// 評選總表, laid out as 採購評選委員會審議規則 第6條之1 asks: the round; each applicant and its requested
// subsidy; every member's name and organisation and who attended; each attending member's scores (or
// ranks, by the round's method) per applicant, under codes when the round chose them; the overall result
// and decision; the notes on marked differences and how they were handled (議決 or 複評) and on departures
// from the 初審意見; a signature place for every attending member. Landscape.
Status printConsensusSheet(const consensus::MeetingState& state, const QString& pdfPath, const QString& signer = {},
                           const pdfbinding::AuditAnchor& anchor = {});

// 會議紀錄 with what 審議規則 第11條 lists: the round, time, place, chair, members present and absent, the
// recorder, and per application the discussion, the revisions with their reasons, and the decision.
// The key to a coded 總表: each code with the member's name, organisation, kind and attendance. Refused when
// the round prints names (there is nothing to map).
Status printMemberKey(const consensus::MeetingState& state, const QString& pdfPath);

Status printMinutes(const consensus::MeetingState& state, const QString& pdfPath, const QString& signer = {},
                    const pdfbinding::AuditAnchor& anchor = {});

// 審查意見彙整 for one applicant: every counted member's comments per criterion and overall, the members
// shown as 委員 A, B, C in an order of the application's own, never by name; and the committee's decision.
Status printCompiledComments(const consensus::MeetingState& state, qint64 applicationId, const QString& pdfPath);

// 函復結果 (004 陸、作業流程: 計畫核定 → 函復結果) for one applicant: the outcome — 通過 or 修正後通過 with the
// 核定補助款, the approved total budget and the conditions; 不通過 with the mean against the pass mark and the
// committee's reason; 不予受理 with the reason from 資格文件審查 — and, when the committee reviewed it, the
// members' comments as 審查意見彙整 shows them, without names.
Status printResultLetter(const consensus::MeetingState& state, qint64 applicationId, const QString& pdfPath);

// Every applicant's 審查意見彙整 (those with counted sheets), or result letter (those decided, and those not
// accepted in 資格文件審查), into `folder`, named by 統一編號 and id; returns the files. Letters are written
// only once the results are final.
Result<QStringList> writeCompiledComments(const consensus::MeetingState& state, const QString& folder);
Result<QStringList> writeResultLetters(const consensus::MeetingState& state, const QString& folder);

} // namespace rd
