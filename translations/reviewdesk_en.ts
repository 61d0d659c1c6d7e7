<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplicationListModel</name>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Check warnings</source>
        <translation>Check warnings</translation>
    </message>
    <message>
        <source>補件 needed</source>
        <translation>補件 needed</translation>
    </message>
    <message>
        <source>Budget to correct</source>
        <translation>Budget to correct</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Ineligible</translation>
    </message>
</context>
<context>
    <name>ApplicationStore</name>
    <message>
        <source>there is no round %1 in this workspace</source>
        <translation>there is no round %1 in this workspace</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>there is no application %1</source>
        <translation>there is no application %1</translation>
    </message>
    <message>
        <source>there is no document %1</source>
        <translation>there is no document %1</translation>
    </message>
    <message>
        <source>the round already uses the rubric “%1” version %2; a round keeps the rubric it was given</source>
        <translation>the round already uses the rubric “%1” version %2; a round keeps the rubric it was given</translation>
    </message>
    <message>
        <source>round %1 has no rubric yet</source>
        <translation>round %1 has no rubric yet</translation>
    </message>
    <message>
        <source>the rubric “%1” frozen in this workspace</source>
        <translation>the rubric “%1” frozen in this workspace</translation>
    </message>
    <message>
        <source>there is no application %1 in this workspace</source>
        <translation>there is no application %1 in this workspace</translation>
    </message>
    <message>
        <source>the recognised words of page %1 of document %2 are damaged</source>
        <translation>the recognised words of page %1 of document %2 are damaged</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>Record the approved subsidy (核定補助款) of a passed application.</source>
        <translation>Record the approved subsidy (核定補助款) of a passed application.</translation>
    </message>
    <message>
        <source>The approved subsidy (核定補助款) of %1 thousand exceeds the %2 thousand requested.</source>
        <translation>The approved subsidy (核定補助款) of %1 thousand exceeds the %2 thousand requested.</translation>
    </message>
    <message>
        <source>The approved total budget (核定總經費) must be more than 0 and at most the %1 thousand submitted.</source>
        <translation>The approved total budget (核定總經費) must be more than 0 and at most the %1 thousand submitted.</translation>
    </message>
    <message>
        <source>The approved subsidy (核定補助款) of %1 thousand is more than %2 % of the approved total budget of %3 thousand (004 捌、一(四)1).</source>
        <translation>The approved subsidy (核定補助款) of %1 thousand is more than %2 % of the approved total budget of %3 thousand (004 捌、一(四)1).</translation>
    </message>
    <message>
        <source>%1 organisations to promote (推動家數) reach no subsidy tier of the category (%2): nothing can be approved.</source>
        <translation>%1 organisations to promote (推動家數) reach no subsidy tier of the category (%2): nothing can be approved.</translation>
    </message>
    <message>
        <source>The approved subsidy (核定補助款) of %1 thousand exceeds the cap of %2 thousand for %3 organisations to promote (推動家數) (%4).</source>
        <translation>The approved subsidy (核定補助款) of %1 thousand exceeds the cap of %2 thousand for %3 organisations to promote (推動家數) (%4).</translation>
    </message>
</context>
<context>
    <name>ArchiveVerifier</name>
    <message>
        <source>%1; signed by %2 on %3</source>
        <translation>%1; signed by %2 on %3</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Archive certificate</source>
        <translation>Archive certificate</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>cannot create a temporary folder</translation>
    </message>
    <message>
        <source>%1 cannot be read as a round archive: %2</source>
        <translation>%1 cannot be read as a round archive: %2</translation>
    </message>
    <message>
        <source>%1 is not a ReviewDesk round archive (its manifest is missing or of another kind).</source>
        <translation>%1 is not a ReviewDesk round archive (its manifest is missing or of another kind).</translation>
    </message>
    <message>
        <source>%1 was written by a newer ReviewDesk (archive version %2).</source>
        <translation>%1 was written by a newer ReviewDesk (archive version %2).</translation>
    </message>
    <message>
        <source>signed, but for another manifest: the manifest was changed after the archive was certified</source>
        <translation>signed, but for another manifest: the manifest was changed after the archive was certified</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>missing from the archive</source>
        <translation>missing from the archive</translation>
    </message>
    <message>
        <source>SHA-256 matches the manifest</source>
        <translation>SHA-256 matches the manifest</translation>
    </message>
    <message>
        <source>altered: its SHA-256 is %1, the manifest says %2</source>
        <translation>altered: its SHA-256 is %1, the manifest says %2</translation>
    </message>
    <message>
        <source>not listed in the manifest: added after the archive was made</source>
        <translation>not listed in the manifest: added after the archive was made</translation>
    </message>
    <message>
        <source>signed, but bound to other data than %1: the sheet&apos;s data was changed or swapped</source>
        <translation>signed, but bound to other data than %1: the sheet&apos;s data was changed or swapped</translation>
    </message>
    <message>
        <source>%1 events, chain intact</source>
        <translation>%1 events, chain intact</translation>
    </message>
    <message>
        <source>the database snapshot cannot be opened</source>
        <translation>the database snapshot cannot be opened</translation>
    </message>
    <message>
        <source>the snapshot holds %1 events, the exported log %2</source>
        <translation>the snapshot holds %1 events, the exported log %2</translation>
    </message>
    <message>
        <source>the archive holds no signed consensus sheet</source>
        <translation>the archive holds no signed consensus sheet</translation>
    </message>
    <message>
        <source>the results recomputed from the sheets equal what the chair signed (SHA-256 %1…)</source>
        <translation>the results recomputed from the sheets equal what the chair signed (SHA-256 %1…)</translation>
    </message>
    <message>
        <source>the results recomputed from the sheets (SHA-256 %1…) differ from what the chair signed (%2…)</source>
        <translation>the results recomputed from the sheets (SHA-256 %1…) differ from what the chair signed (%2…)</translation>
    </message>
    <message>
        <source>differs from the sheet the database recorded as received</source>
        <translation>differs from the sheet the database recorded as received</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Verification report</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Verification report (查核報告)</source>
        <translation>Verification report (查核報告)</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archive: %1</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Round: %1</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Verified: %1</translation>
    </message>
    <message>
        <source>Result: everything verifies (%1 checks).</source>
        <translation>Result: everything verifies (%1 checks).</translation>
    </message>
    <message>
        <source>Result: %1 of %2 checks failed.</source>
        <translation>Result: %1 of %2 checks failed.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Open data</translation>
    </message>
    <message>
        <source>signed by %1, but %2</source>
        <translation>signed by %1, but %2</translation>
    </message>
    <message>
        <source>signed by %1 with certificate %2, which is not a secretariat certificate the auditor named</source>
        <translation>signed by %1 with certificate %2, which is not a secretariat certificate the auditor named</translation>
    </message>
    <message>
        <source>the archive registers this certificate (%1) as the secretariat&apos;s: confirm it from outside the archive</source>
        <translation>the archive registers this certificate (%1) as the secretariat&apos;s: confirm it from outside the archive</translation>
    </message>
    <message>
        <source>a secretariat certificate the auditor named</source>
        <translation>a secretariat certificate the auditor named</translation>
    </message>
    <message>
        <source>%1 events, chain intact; %2 anchors hold</source>
        <translation>%1 events, chain intact; %2 anchors hold</translation>
    </message>
    <message>
        <source>the log ends at event %1, the archive certificate at %2</source>
        <translation>the log ends at event %1, the archive certificate at %2</translation>
    </message>
    <message>
        <source>event %1 differs between the snapshot and the exported log</source>
        <translation>event %1 differs between the snapshot and the exported log</translation>
    </message>
    <message>
        <source>row %1 differs from the database snapshot (%2 rows there, %3 here)</source>
        <translation>row %1 differs from the database snapshot (%2 rows there, %3 here)</translation>
    </message>
    <message>
        <source>the round accepted unsigned sheets from members without a registered certificate: those sheets rest on the secretariat&apos;s word alone</source>
        <translation>the round accepted unsigned sheets from members without a registered certificate: those sheets rest on the secretariat&apos;s word alone</translation>
    </message>
    <message>
        <source>signed, but its time stamp %1 does not hold: %2</source>
        <translation>signed, but its time stamp %1 does not hold: %2</translation>
    </message>
    <message>
        <source>; time-stamped %1 by %2</source>
        <translation>; time-stamped %1 by %2</translation>
    </message>
    <message>
        <source>signed, but the round has its documents time-stamped and %1 is missing</source>
        <translation>signed, but the round has its documents time-stamped and %1 is missing</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Application form</source>
        <translation>Application form</translation>
    </message>
    <message>
        <source>Financial statements</source>
        <translation>Financial statements</translation>
    </message>
    <message>
        <source>Sales proof</source>
        <translation>Sales proof</translation>
    </message>
    <message>
        <source>Quality proof</source>
        <translation>Quality proof</translation>
    </message>
    <message>
        <source>Personal-data consent</source>
        <translation>Personal-data consent</translation>
    </message>
    <message>
        <source>COI disclosure</source>
        <translation>COI disclosure</translation>
    </message>
    <message>
        <source>Recusal list</source>
        <translation>Recusal list</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Letters of intent</source>
        <translation>Letters of intent</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Agreement (協議書)</source>
        <translation>Agreement (協議書)</translation>
    </message>
    <message>
        <source>Advisor&apos;s consent (願任同意書)</source>
        <translation>Advisor&apos;s consent (願任同意書)</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>event %1 follows event %2: an event is missing</source>
        <translation>event %1 follows event %2: an event is missing</translation>
    </message>
    <message>
        <source>event %1 does not link to the event before it</source>
        <translation>event %1 does not link to the event before it</translation>
    </message>
    <message>
        <source>event %1 was changed after it was recorded</source>
        <translation>event %1 was changed after it was recorded</translation>
    </message>
    <message>
        <source>Application imported</source>
        <translation>Application imported</translation>
    </message>
    <message>
        <source>Reviewer assigned</source>
        <translation>Reviewer assigned</translation>
    </message>
    <message>
        <source>Conflict declared</source>
        <translation>Conflict declared</translation>
    </message>
    <message>
        <source>Conflict overridden</source>
        <translation>Conflict overridden</translation>
    </message>
    <message>
        <source>Score sheet edited</source>
        <translation>Score sheet edited</translation>
    </message>
    <message>
        <source>Score sheet completed</source>
        <translation>Score sheet completed</translation>
    </message>
    <message>
        <source>Score return imported</source>
        <translation>Score return imported</translation>
    </message>
    <message>
        <source>Certificate registered</source>
        <translation>Certificate registered</translation>
    </message>
    <message>
        <source>Document signed</source>
        <translation>Document signed</translation>
    </message>
    <message>
        <source>Score revised (複評)</source>
        <translation>Score revised (複評)</translation>
    </message>
    <message>
        <source>Difference resolved</source>
        <translation>Difference resolved</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Decision recorded</translation>
    </message>
    <message>
        <source>Results made final</source>
        <translation>Results made final</translation>
    </message>
    <message>
        <source>Results reopened</source>
        <translation>Results reopened</translation>
    </message>
    <message>
        <source>Results exported</source>
        <translation>Results exported</translation>
    </message>
    <message>
        <source>Round archived</source>
        <translation>Round archived</translation>
    </message>
    <message>
        <source>%1 anchors event %2, which the trail no longer holds (%3 events): the trail was cut</source>
        <translation>%1 anchors event %2, which the trail no longer holds (%3 events): the trail was cut</translation>
    </message>
    <message>
        <source>%1 anchors event %2 with another SHA-256: the trail was rewritten</source>
        <translation>%1 anchors event %2 with another SHA-256: the trail was rewritten</translation>
    </message>
    <message>
        <source>The import of return %1</source>
        <translation>The import of return %1</translation>
    </message>
    <message>
        <source>Reviewer package exported</source>
        <translation>Reviewer package exported</translation>
    </message>
    <message>
        <source>Score sheet withdrawn</source>
        <translation>Score sheet withdrawn</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot write to the blob store: %1</source>
        <translation>cannot write to the blob store: %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot move a blob into place at %1</source>
        <translation>cannot move a blob into place at %1</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>Project staff</source>
        <translation>Project staff</translation>
    </message>
    <message>
        <source>Advisors and experts</source>
        <translation>Advisors and experts</translation>
    </message>
    <message>
        <source>Equipment use</source>
        <translation>Equipment use</translation>
    </message>
    <message>
        <source>Equipment maintenance</source>
        <translation>Equipment maintenance</translation>
    </message>
    <message>
        <source>Intangible assets</source>
        <translation>Intangible assets</translation>
    </message>
    <message>
        <source>Commissioned research</source>
        <translation>Commissioned research</translation>
    </message>
    <message>
        <source>Commissioned services</source>
        <translation>Commissioned services</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Domestic travel</source>
        <translation>Domestic travel</translation>
    </message>
    <message>
        <source>Promotion events</source>
        <translation>Promotion events</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>BudgetReader</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1, row %2: “%3” is not an item of 計畫總經費預算表</source>
        <translation>%1, row %2: “%3” is not an item of 計畫總經費預算表</translation>
    </message>
    <message>
        <source>%1, row %2: the item “%3” appears twice</source>
        <translation>%1, row %2: the item “%3” appears twice</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <source>%1 has no budget items</source>
        <translation>%1 has no budget items</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, row %2: the header has no %3 column</source>
        <translation>%1, row %2: the header has no %3 column</translation>
    </message>
    <message>
        <source>; not understood: %1</source>
        <translation>; not understood: %1</translation>
    </message>
    <message>
        <source>%1: the quoted field that opens on line %2 is never closed</source>
        <translation>%1: the quoted field that opens on line %2 is never closed</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>cannot create a temporary folder</translation>
    </message>
    <message>
        <source>%1 is not a %2: it is not a ZIP file</source>
        <translation>%1 is not a %2: it is not a ZIP file</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a %2: it has no manifest.json</source>
        <translation>%1 is not a %2: it has no manifest.json</translation>
    </message>
    <message>
        <source>%1: manifest.json is not valid JSON (%2)</source>
        <translation>%1: manifest.json is not valid JSON (%2)</translation>
    </message>
    <message>
        <source>%1 is not a %2 (its format is &quot;%3&quot;)</source>
        <translation>%1 is not a %2 (its format is &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: the manifest has no valid version</source>
        <translation>%1: the manifest has no valid version</translation>
    </message>
    <message>
        <source>%1 was made by a newer ReviewDesk (format version %2; this one reads up to %3). Update ReviewDesk to open it.</source>
        <translation>%1 was made by a newer ReviewDesk (format version %2; this one reads up to %3). Update ReviewDesk to open it.</translation>
    </message>
    <message>
        <source>%1: the manifest lists an unsafe name &quot;%2&quot;</source>
        <translation>%1: the manifest lists an unsafe name &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2 is listed in the manifest but missing</source>
        <translation>%1: %2 is listed in the manifest but missing</translation>
    </message>
    <message>
        <source>%1 has been altered: the SHA-256 of %2 does not match its manifest</source>
        <translation>%1 has been altered: the SHA-256 of %2 does not match its manifest</translation>
    </message>
    <message>
        <source>%1 has been altered: %2 is not listed in its manifest</source>
        <translation>%1 has been altered: %2 is not listed in its manifest</translation>
    </message>
    <message>
        <source>%1: %2 is not listed in its manifest</source>
        <translation>%1: %2 is not listed in its manifest</translation>
    </message>
    <message>
        <source>%1: %2 is missing</source>
        <translation>%1: %2 is missing</translation>
    </message>
</context>
<context>
    <name>CertificateStore</name>
    <message>
        <source>%1 is not installed; the certificate store needs NSS&apos;s tools (Debian: libnss3-tools).</source>
        <translation>%1 is not installed; the certificate store needs NSS&apos;s tools (Debian: libnss3-tools).</translation>
    </message>
    <message>
        <source>%1 cannot start: %2</source>
        <translation>%1 cannot start: %2</translation>
    </message>
    <message>
        <source>%1 did not finish</source>
        <translation>%1 did not finish</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>There is already a certificate store in %1.</source>
        <translation>There is already a certificate store in %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Creating the certificate store</source>
        <translation>Creating the certificate store</translation>
    </message>
    <message>
        <source>There is no certificate store in %1 yet.</source>
        <translation>There is no certificate store in %1 yet.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>Trusting %1</source>
        <translation>Trusting %1</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not exist.</source>
        <translation>The PKCS#11 module %1 does not exist.</translation>
    </message>
    <message>
        <source>Registering the PKCS#11 module %1</source>
        <translation>Registering the PKCS#11 module %1</translation>
    </message>
    <message>
        <source>Creating the authority %1</source>
        <translation>Creating the authority %1</translation>
    </message>
    <message>
        <source>Issuing a certificate for %1</source>
        <translation>Issuing a certificate for %1</translation>
    </message>
    <message>
        <source>Cannot read back the authority %1.</source>
        <translation>Cannot read back the authority %1.</translation>
    </message>
    <message>
        <source>Removing the authority&apos;s key</source>
        <translation>Removing the authority&apos;s key</translation>
    </message>
    <message>
        <source>Cannot hand the password to NSS&apos;s tools: no pipe could be made for it.</source>
        <translation>Cannot hand the password to NSS&apos;s tools: no pipe could be made for it.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Members&apos; totals</source>
        <translation>Members&apos; totals</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Member&apos;s total</source>
        <translation>Member&apos;s total</translation>
    </message>
    <message>
        <source>Pass mark %1</source>
        <translation>Pass mark %1</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Mean %1</translation>
    </message>
    <message>
        <source>Spread per criterion (% of its maximum)</source>
        <translation>Spread per criterion (% of its maximum)</translation>
    </message>
    <message>
        <source>Members&apos; scores</source>
        <translation>Members&apos; scores</translation>
    </message>
    <message>
        <source>Leniency: mean distance from the other members</source>
        <translation>Leniency: mean distance from the other members</translation>
    </message>
    <message>
        <source>Points above (+) or below (−) the others</source>
        <translation>Points above (+) or below (−) the others</translation>
    </message>
    <message>
        <source>The round by rank</source>
        <translation>The round by rank</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Mean total</source>
        <translation>Mean total</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>Funded</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Not funded</translation>
    </message>
    <message>
        <source>Funding line (budget %L1 thousand)</source>
        <translation>Funding line (budget %L1 thousand)</translation>
    </message>
    <message>
        <source>Flagged member&apos;s total</source>
        <translation>Flagged member&apos;s total</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>The round (default: the latest).</source>
        <translation>The round (default: the latest).</translation>
    </message>
    <message>
        <source>The workspace has no review round.</source>
        <translation>The workspace has no review round.</translation>
    </message>
    <message>
        <source>There is no round %1 in this workspace.</source>
        <translation>There is no round %1 in this workspace.</translation>
    </message>
    <message>
        <source>imported  %1 %2 — %3 documents, %4 pages%5</source>
        <translation>imported  %1 %2 — %3 documents, %4 pages%5</translation>
    </message>
    <message>
        <source>rejected  %1: %2</source>
        <translation>rejected  %1: %2</translation>
    </message>
    <message>
        <source>%1 imported, %2 rejected.</source>
        <translation>%1 imported, %2 rejected.</translation>
    </message>
    <message>
        <source>The checks could not be run: %1</source>
        <translation>The checks could not be run: %1</translation>
    </message>
    <message>
        <source>Folder of the new workspace.</source>
        <translation>Folder of the new workspace.</translation>
    </message>
    <message>
        <source>Create a workspace with a DIGITAL+ 2025 review round.</source>
        <translation>Create a workspace with a DIGITAL+ 2025 review round.</translation>
    </message>
    <message>
        <source>Created the workspace %1 with round %2.</source>
        <translation>Created the workspace %1 with round %2.</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>The workspace.</translation>
    </message>
    <message>
        <source>Dossier folders or ZIPs, or folders/ZIPs of many.</source>
        <translation>Dossier folders or ZIPs, or folders/ZIPs of many.</translation>
    </message>
    <message>
        <source>Import application dossiers into a round.</source>
        <translation>Import application dossiers into a round.</translation>
    </message>
    <message>
        <source>Folder of the new demo workspace.</source>
        <translation>Folder of the new demo workspace.</translation>
    </message>
    <message>
        <source>Number of applications (1–500, default 24).</source>
        <translation>Number of applications (1–500, default 24).</translation>
    </message>
    <message>
        <source>Number of committee members (default 7).</source>
        <translation>Number of committee members (default 7).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same round.</source>
        <translation>Random seed; the same seed gives the same round.</translation>
    </message>
    <message>
        <source>Write a realistic demo round as dossier folders and import it.</source>
        <translation>Write a realistic demo round as dossier folders and import it.</translation>
    </message>
    <message>
        <source>--applications must be 1–500, --reviewers at least 1, --seed a number.</source>
        <translation>--applications must be 1–500, --reviewers at least 1, --seed a number.</translation>
    </message>
    <message>
        <source>writing dossiers: %1/%2</source>
        <translation>writing dossiers: %1/%2</translation>
    </message>
    <message>
        <source>importing: %1/%2</source>
        <translation>importing: %1/%2</translation>
    </message>
    <message>
        <source>List the findings of the eligibility and budget checks.</source>
        <translation>List the findings of the eligibility and budget checks.</translation>
    </message>
    <message>
        <source>%1 findings.</source>
        <translation>%1 findings.</translation>
    </message>
    <message>
        <source>Words to find; Chinese of any length is matched as typed.</source>
        <translation>Words to find; Chinese of any length is matched as typed.</translation>
    </message>
    <message>
        <source>At most this many pages (default 200).</source>
        <translation>At most this many pages (default 200).</translation>
    </message>
    <message>
        <source>Search the text of every page of every PDF.</source>
        <translation>Search the text of every page of every PDF.</translation>
    </message>
    <message>
        <source>%1 pages.</source>
        <translation>%1 pages.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unknown command “%1”.</translation>
    </message>
    <message>
        <source>The member&apos;s name.</source>
        <translation>The member&apos;s name.</translation>
    </message>
    <message>
        <source>Where the member works.</source>
        <translation>Where the member works.</translation>
    </message>
    <message>
        <source>Job title (職稱).</source>
        <translation>Job title (職稱).</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-mail address.</translation>
    </message>
    <message>
        <source>An internal member (default: external expert).</source>
        <translation>An internal member (default: external expert).</translation>
    </message>
    <message>
        <source>An organisation the member declares ties with (repeatable).</source>
        <translation>An organisation the member declares ties with (repeatable).</translation>
    </message>
    <message>
        <source>A 統一編號 the member declares ties with (repeatable).</source>
        <translation>A business ID No. the member declares ties with (repeatable).</translation>
    </message>
    <message>
        <source>Add a committee member (委員).</source>
        <translation>Add a committee member (委員).</translation>
    </message>
    <message>
        <source>Added committee member %1: %2</source>
        <translation>Added committee member %1: %2</translation>
    </message>
    <message>
        <source>List the committee members.</source>
        <translation>List the committee members.</translation>
    </message>
    <message>
        <source>No application of the round has 統一編號 %1.</source>
        <translation>No application of the round has business ID No. %1.</translation>
    </message>
    <message>
        <source>統一編號 %1 has several proposals in the round; choose one with --title.</source>
        <translation>Business ID No. %1 has several proposals in the round; choose one with --title.</translation>
    </message>
    <message>
        <source>The application&apos;s 統一編號.</source>
        <translation>The application&apos;s business ID No..</translation>
    </message>
    <message>
        <source>The committee member&apos;s id (reviewers list).</source>
        <translation>The committee member&apos;s id (reviewers list).</translation>
    </message>
    <message>
        <source>The proposal title, when the company has several.</source>
        <translation>The proposal title, when the company has several.</translation>
    </message>
    <message>
        <source>Why a conflicted member is assigned anyway (recorded).</source>
        <translation>Why a conflicted member is assigned anyway (recorded).</translation>
    </message>
    <message>
        <source>Assign a committee member to an application by hand.</source>
        <translation>Assign a committee member to an application by hand.</translation>
    </message>
    <message>
        <source>REVIEWER must be a committee member&apos;s id.</source>
        <translation>REVIEWER must be a committee member&apos;s id.</translation>
    </message>
    <message>
        <source>Assign committee members to every application of the round: balanced, never a conflict.</source>
        <translation>Assign committee members to every application of the round: balanced, never a conflict.</translation>
    </message>
    <message>
        <source>--per-application must be a positive number.</source>
        <translation>--per-application must be a positive number.</translation>
    </message>
    <message>
        <source>%1 assignments added.</source>
        <translation>%1 assignments added.</translation>
    </message>
    <message>
        <source>application %1 has only %2 members without a conflict</source>
        <translation>application %1 has only %2 members without a conflict</translation>
    </message>
    <message>
        <source>List who reviews which application.</source>
        <translation>List who reviews which application.</translation>
    </message>
    <message>
        <source>Usage: reviewdesk-cli %1 %2 WS … (each takes --help)</source>
        <translation>Usage: reviewdesk-cli %1 %2 WS … (each takes --help)</translation>
    </message>
    <message>
        <source>%1 committee members; %2 assignments, none with a conflict.</source>
        <translation>%1 committee members; %2 assignments, none with a conflict.</translation>
    </message>
    <message>
        <source>The opinion (初審意見).</source>
        <translation>The opinion (初審意見).</translation>
    </message>
    <message>
        <source>A criterion id of the round&apos;s rubric (default: the overall opinion).</source>
        <translation>A criterion id of the round&apos;s rubric (default: the overall opinion).</translation>
    </message>
    <message>
        <source>Whether it meets the requirements: yes, partly or no.</source>
        <translation>Whether it meets the requirements: yes, partly or no.</translation>
    </message>
    <message>
        <source>Write the secretariat&apos;s preliminary opinion (初審意見).</source>
        <translation>Write the secretariat&apos;s preliminary opinion (初審意見).</translation>
    </message>
    <message>
        <source>--meets must be yes, partly or no.</source>
        <translation>--meets must be yes, partly or no.</translation>
    </message>
    <message>
        <source>Show the preliminary opinions (初審意見) of an application.</source>
        <translation>Show the preliminary opinions (初審意見) of an application.</translation>
    </message>
    <message>
        <source>(overall)</source>
        <translation>(overall)</translation>
    </message>
    <message>
        <source>The secretariat&apos;s workspace.</source>
        <translation>The secretariat&apos;s workspace.</translation>
    </message>
    <message>
        <source>The committee member&apos;s id.</source>
        <translation>The committee member&apos;s id.</translation>
    </message>
    <message>
        <source>One package per member with assignments.</source>
        <translation>One package per member with assignments.</translation>
    </message>
    <message>
        <source>The package file, or the folder with --all.</source>
        <translation>The package file, or the folder with --all.</translation>
    </message>
    <message>
        <source>Write reviewer packages (審查資料包).</source>
        <translation>Write reviewer packages (審查資料包).</translation>
    </message>
    <message>
        <source>Give --output and either --reviewer ID or --all.</source>
        <translation>Give --output and either --reviewer ID or --all.</translation>
    </message>
    <message>
        <source>No committee member has an assignment in the round.</source>
        <translation>No committee member has an assignment in the round.</translation>
    </message>
    <message>
        <source>There is no committee member %1.</source>
        <translation>There is no committee member %1.</translation>
    </message>
    <message>
        <source>%1: %2 applications → %3</source>
        <translation>%1: %2 applications → %3</translation>
    </message>
    <message>
        <source>left out application %1: %2</source>
        <translation>left out application %1: %2</translation>
    </message>
    <message>
        <source>The reviewer package.</source>
        <translation>The reviewer package.</translation>
    </message>
    <message>
        <source>A new (empty or missing) folder for your workspace.</source>
        <translation>A new (empty or missing) folder for your workspace.</translation>
    </message>
    <message>
        <source>Open a reviewer package as your own review workspace.</source>
        <translation>Open a reviewer package as your own review workspace.</translation>
    </message>
    <message>
        <source>Review workspace for %1: round %2, %3 applications.</source>
        <translation>Review workspace for %1: round %2, %3 applications.</translation>
    </message>
    <message>
        <source>Your review workspace.</source>
        <translation>Your review workspace.</translation>
    </message>
    <message>
        <source>The return file.</source>
        <translation>The return file.</translation>
    </message>
    <message>
        <source>Send your private page notes too.</source>
        <translation>Send your private page notes too.</translation>
    </message>
    <message>
        <source>Write the score return (評分回傳) of your complete sheets.</source>
        <translation>Write the score return (評分回傳) of your complete sheets.</translation>
    </message>
    <message>
        <source>Give --output FILE.</source>
        <translation>Give --output FILE.</translation>
    </message>
    <message>
        <source>%1 sheets → %2</source>
        <translation>%1 sheets → %2</translation>
    </message>
    <message>
        <source>not complete, not sent: %1</source>
        <translation>not complete, not sent: %1</translation>
    </message>
    <message>
        <source>The score return.</source>
        <translation>The score return.</translation>
    </message>
    <message>
        <source>Replace the member&apos;s earlier return (it is kept as history).</source>
        <translation>Replace the member&apos;s earlier return (it is kept as history).</translation>
    </message>
    <message>
        <source>Import a committee member&apos;s score return.</source>
        <translation>Import a committee member&apos;s score return.</translation>
    </message>
    <message>
        <source>Run again with --replace to replace it.</source>
        <translation>Run again with --replace to replace it.</translation>
    </message>
    <message>
        <source>%1: %2 sheets imported (%3 declared conflicts)%4.</source>
        <translation>%1: %2 sheets imported (%3 declared conflicts)%4.</translation>
    </message>
    <message>
        <source>, replacing the earlier return</source>
        <translation>, replacing the earlier return</translation>
    </message>
    <message>
        <source>Score sheets are written in a reviewer&apos;s workspace (made with: package import FILE WS).</source>
        <translation>Score sheets are written in a reviewer&apos;s workspace (made with: package import FILE WS).</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>The applicant&apos;s 統一編號.</source>
        <translation>The applicant&apos;s business ID No..</translation>
    </message>
    <message>
        <source>Show your score sheet.</source>
        <translation>Show your score sheet.</translation>
    </message>
    <message>
        <source>The criterion, checklist item or flag id.</source>
        <translation>The criterion, checklist item or flag id.</translation>
    </message>
    <message>
        <source>The score.</source>
        <translation>The score.</translation>
    </message>
    <message>
        <source>The comment (審查意見) on the criterion.</source>
        <translation>The comment (審查意見) on the criterion.</translation>
    </message>
    <message>
        <source>pass or fail for a checklist item, yes for a flag.</source>
        <translation>pass or fail for a checklist item, yes for a flag.</translation>
    </message>
    <message>
        <source>The overall comment.</source>
        <translation>The overall comment.</translation>
    </message>
    <message>
        <source>The recommendation id.</source>
        <translation>The recommendation id.</translation>
    </message>
    <message>
        <source>Write on your score sheet; each change is saved at once.</source>
        <translation>Write on your score sheet; each change is saved at once.</translation>
    </message>
    <message>
        <source>Give --criterion with --score N, --comment or --mark; or --overall, --recommendation.</source>
        <translation>Give --criterion with --score N, --comment or --mark; or --overall, --recommendation.</translation>
    </message>
    <message>
        <source>Mark your sheet complete (only when nothing is missing).</source>
        <translation>Mark your sheet complete (only when nothing is missing).</translation>
    </message>
    <message>
        <source>What the conflict is.</source>
        <translation>What the conflict is.</translation>
    </message>
    <message>
        <source>Declare a conflict of interest; the sheet is locked.</source>
        <translation>Declare a conflict of interest; the sheet is locked.</translation>
    </message>
    <message>
        <source>List the score sheets of a round with their totals.</source>
        <translation>List the score sheets of a round with their totals.</translation>
    </message>
    <message>
        <source>  declared a conflict: %1</source>
        <translation>  declared a conflict: %1</translation>
    </message>
    <message>
        <source>List the score returns a round received, replaced ones too.</source>
        <translation>List the score returns a round received, replaced ones too.</translation>
    </message>
    <message>
        <source>%1 sheets</source>
        <translation>%1 sheets</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>replaced %1</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>Rank by mean (default) or rank-sum (序位法).</source>
        <translation>Rank by mean (default) or rank-sum (序位法).</translation>
    </message>
    <message>
        <source>The pass mark on the 0–100 total.</source>
        <translation>The pass mark on the 0–100 total.</translation>
    </message>
    <message>
        <source>The round&apos;s budget in NT$ thousand, for the funding line.</source>
        <translation>The round&apos;s budget in NT$ thousand, for the funding line.</translation>
    </message>
    <message>
        <source>Flag a total more than N points from the others&apos; mean.</source>
        <translation>Flag a total more than N points from the others&apos; mean.</translation>
    </message>
    <message>
        <source>Flag a rank more than N places from the others&apos; median.</source>
        <translation>Flag a rank more than N places from the others&apos; median.</translation>
    </message>
    <message>
        <source>Compile the returned score sheets of a round.</source>
        <translation>Compile the returned score sheets of a round.</translation>
    </message>
    <message>
        <source>Keep the options given as the round&apos;s settings.</source>
        <translation>Keep the options given as the round&apos;s settings.</translation>
    </message>
    <message>
        <source>Leave the score sheets to the members (to try the packages and returns).</source>
        <translation>Leave the score sheets to the members (to try the packages and returns).</translation>
    </message>
    <message>
        <source>The members&apos; score sheets are in: try `consensus` or Round → 共識會議.</source>
        <translation>The members&apos; score sheets are in: try `consensus` or Round → 共識會議.</translation>
    </message>
    <message>
        <source>Write the 總表 as XLSX, one sheet per criterion.</source>
        <translation>Write the 總表 as XLSX, one sheet per criterion.</translation>
    </message>
    <message>
        <source>Write the 總表 as CSV (UTF-8 with BOM).</source>
        <translation>Write the 總表 as CSV (UTF-8 with BOM).</translation>
    </message>
    <message>
        <source>Write the 總表 as PDF.</source>
        <translation>Write the 總表 as PDF.</translation>
    </message>
    <message>
        <source>Write the minutes (會議紀錄) as PDF.</source>
        <translation>Write the minutes (會議紀錄) as PDF.</translation>
    </message>
    <message>
        <source>Write each applicant&apos;s 審查意見彙整 PDF into FOLDER.</source>
        <translation>Write each applicant&apos;s 審查意見彙整 PDF into FOLDER.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>rank  統一編號  applicant  sheets  mean  median  stdev  rank sum  flags  decision</source>
        <translation>rank  business ID  applicant  sheets  mean  median  stdev  rank sum  flags  decision</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 must be a whole number.</translation>
    </message>
    <message>
        <source>The chair&apos;s member id.</source>
        <translation>The chair&apos;s member id.</translation>
    </message>
    <message>
        <source>When the meeting is held.</source>
        <translation>When the meeting is held.</translation>
    </message>
    <message>
        <source>Where it is held.</source>
        <translation>Where it is held.</translation>
    </message>
    <message>
        <source>Who keeps the minutes.</source>
        <translation>Who keeps the minutes.</translation>
    </message>
    <message>
        <source>Record the meeting&apos;s chair, time, place and recorder.</source>
        <translation>Record the meeting&apos;s chair, time, place and recorder.</translation>
    </message>
    <message>
        <source>Members&apos; ids.</source>
        <translation>Members&apos; ids.</translation>
    </message>
    <message>
        <source>Record them as absent instead.</source>
        <translation>Record them as absent instead.</translation>
    </message>
    <message>
        <source>Record members as present (or absent).</source>
        <translation>Record members as present (or absent).</translation>
    </message>
    <message>
        <source>“%1” is not a member id.</source>
        <translation>“%1” is not a member id.</translation>
    </message>
    <message>
        <source>The member&apos;s id.</source>
        <translation>The member&apos;s id.</translation>
    </message>
    <message>
        <source>The criterion&apos;s id.</source>
        <translation>The criterion&apos;s id.</translation>
    </message>
    <message>
        <source>The revised score.</source>
        <translation>The revised score.</translation>
    </message>
    <message>
        <source>Why the member revises it.</source>
        <translation>Why the member revises it.</translation>
    </message>
    <message>
        <source>Record a member&apos;s revised score (複評), with the reason.</source>
        <translation>Record a member&apos;s revised score (複評), with the reason.</translation>
    </message>
    <message>
        <source>--score must be a number.</source>
        <translation>--score must be a number.</translation>
    </message>
    <message>
        <source>The flag&apos;s id (consensus --json lists them).</source>
        <translation>The flag&apos;s id (consensus --json lists them).</translation>
    </message>
    <message>
        <source>What the committee resolved.</source>
        <translation>What the committee resolved.</translation>
    </message>
    <message>
        <source>Record the committee&apos;s resolution (議決) of a marked difference.</source>
        <translation>Record the committee&apos;s resolution (議決) of a marked difference.</translation>
    </message>
    <message>
        <source>The discussion note.</source>
        <translation>The discussion note.</translation>
    </message>
    <message>
        <source>Keep the discussion note of an application.</source>
        <translation>Keep the discussion note of an application.</translation>
    </message>
    <message>
        <source>pass (通過), conditional (修正後通過) or fail (不通過).</source>
        <translation>pass (通過), conditional (修正後通過) or fail (不通過).</translation>
    </message>
    <message>
        <source>Members voting for the decision.</source>
        <translation>Members voting for the decision.</translation>
    </message>
    <message>
        <source>Members voting against.</source>
        <translation>Members voting against.</translation>
    </message>
    <message>
        <source>Members abstaining.</source>
        <translation>Members abstaining.</translation>
    </message>
    <message>
        <source>What 修正後通過 asks of the applicant.</source>
        <translation>What 修正後通過 asks of the applicant.</translation>
    </message>
    <message>
        <source>Why the decision departs from the 初審意見, when it does.</source>
        <translation>Why the decision departs from the 初審意見, when it does.</translation>
    </message>
    <message>
        <source>Record the committee&apos;s decision on an application.</source>
        <translation>Record the committee&apos;s decision on an application.</translation>
    </message>
    <message>
        <source>--decision is pass, conditional or fail.</source>
        <translation>--decision is pass, conditional or fail.</translation>
    </message>
    <message>
        <source>Make the round&apos;s results final, once every marked difference is handled and every application decided.</source>
        <translation>Make the round&apos;s results final, once every marked difference is handled and every application decided.</translation>
    </message>
    <message>
        <source>Why the results are reopened.</source>
        <translation>Why the results are reopened.</translation>
    </message>
    <message>
        <source>Reopen final results; the reason stays on the record.</source>
        <translation>Reopen final results; the reason stays on the record.</translation>
    </message>
    <message>
        <source>Show attendance, quorum and what stands before the results are final.</source>
        <translation>Show attendance, quorum and what stands before the results are final.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>%1 of %2 present; the meeting needs %3.</source>
        <translation>%1 of %2 present; the meeting needs %3.</translation>
    </message>
    <message>
        <source>The results are final.</source>
        <translation>The results are final.</translation>
    </message>
    <message>
        <source>The results are not final.</source>
        <translation>The results are not final.</translation>
    </message>
    <message>
        <source>Make no demo certificates; the sheets come unsigned.</source>
        <translation>Make no demo certificates; the sheets come unsigned.</translation>
    </message>
    <message>
        <source>Also hold the 共識會議 to its end: final results signed by the chair.</source>
        <translation>Also hold the 共識會議 to its end: final results signed by the chair.</translation>
    </message>
    <message>
        <source>The demo sheets stay unsigned: %1</source>
        <translation>The demo sheets stay unsigned: %1</translation>
    </message>
    <message>
        <source>Each sheet is signed with its member&apos;s demo certificate (store: %1).</source>
        <translation>Each sheet is signed with its member&apos;s demo certificate (store: %1).</translation>
    </message>
    <message>
        <source>Sign with this certificate (its nickname; see `certs list`).</source>
        <translation>Sign with this certificate (its nickname; see `certs list`).</translation>
    </message>
    <message>
        <source>Read the certificate&apos;s password or PIN from FILE (- for standard input).</source>
        <translation>Read the certificate&apos;s password or PIN from FILE (- for standard input).</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Cannot read the password file %1: %2</translation>
    </message>
    <message>
        <source>The certificates in the store that can sign.</source>
        <translation>The certificates in the store that can sign.</translation>
    </message>
    <message>
        <source>Certificate store: %1</source>
        <translation>Certificate store: %1</translation>
    </message>
    <message>
        <source>%1 certificates.</source>
        <translation>%1 certificates.</translation>
    </message>
    <message>
        <source>Create the certificate store, protected by a password.</source>
        <translation>Create the certificate store, protected by a password.</translation>
    </message>
    <message>
        <source>Certificate store created in %1.</source>
        <translation>Certificate store created in %1.</translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12, .pfx).</source>
        <translation>A PKCS#12 file (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Read the PKCS#12 file&apos;s password from FILE.</source>
        <translation>Read the PKCS#12 file&apos;s password from FILE.</translation>
    </message>
    <message>
        <source>Import a key and its certificate into the store.</source>
        <translation>Import a key and its certificate into the store.</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Imported into %1.</translation>
    </message>
    <message>
        <source>The authority&apos;s certificate (PEM or DER).</source>
        <translation>The authority&apos;s certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>A name for it in the store.</source>
        <translation>A name for it in the store.</translation>
    </message>
    <message>
        <source>Trust a certificate authority for signatures.</source>
        <translation>Trust a certificate authority for signatures.</translation>
    </message>
    <message>
        <source>A name for the module.</source>
        <translation>A name for the module.</translation>
    </message>
    <message>
        <source>The PKCS#11 library, e.g. a card reader&apos;s driver.</source>
        <translation>The PKCS#11 library, e.g. a card reader&apos;s driver.</translation>
    </message>
    <message>
        <source>Register a PKCS#11 module (smart cards: 自然人憑證, 工商憑證; or SoftHSM2).</source>
        <translation>Register a PKCS#11 module (smart cards: 自然人憑證, 工商憑證; or SoftHSM2).</translation>
    </message>
    <message>
        <source>The member&apos;s id (reviewers list).</source>
        <translation>The member&apos;s id (reviewers list).</translation>
    </message>
    <message>
        <source>The fingerprint of the member&apos;s certificate.</source>
        <translation>The fingerprint of the member&apos;s certificate.</translation>
    </message>
    <message>
        <source>Register a member&apos;s certificate: their returns must be signed with it.</source>
        <translation>Register a member&apos;s certificate: their returns must be signed with it.</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</translation>
    </message>
    <message>
        <source>A workspace whose final results the chair signs, or a ReviewDesk PDF.</source>
        <translation>A workspace whose final results the chair signs, or a ReviewDesk PDF.</translation>
    </message>
    <message>
        <source>Where the signed PDF goes (for a PDF).</source>
        <translation>Where the signed PDF goes (for a PDF).</translation>
    </message>
    <message>
        <source>Sign: the chair&apos;s 評選總表 and 會議紀錄 of a round, or one PDF.</source>
        <translation>Sign: the chair&apos;s 評選總表 and 會議紀錄 of a round, or one PDF.</translation>
    </message>
    <message>
        <source>Give --sign NICKNAME (see certs list).</source>
        <translation>Give --sign NICKNAME (see certs list).</translation>
    </message>
    <message>
        <source>Signed → %1</source>
        <translation>Signed → %1</translation>
    </message>
    <message>
        <source>%1 signed by %2 (PDF SHA-256 %3)</source>
        <translation>%1 signed by %2 (PDF SHA-256 %3)</translation>
    </message>
    <message>
        <source>The archive to write.</source>
        <translation>The archive to write.</translation>
    </message>
    <message>
        <source>Archive a round, certified by the secretariat&apos;s signature.</source>
        <translation>Archive a round, certified by the secretariat&apos;s signature.</translation>
    </message>
    <message>
        <source>Give --sign NICKNAME: the secretariat certifies the archive.</source>
        <translation>Give --sign NICKNAME: the secretariat certifies the archive.</translation>
    </message>
    <message>
        <source>%1 files, %2 bytes → %3
manifest SHA-256 %4</source>
        <translation>%1 files, %2 bytes → %3
manifest SHA-256 %4</translation>
    </message>
    <message>
        <source>A round archive (or one signed PDF).</source>
        <translation>A round archive (or one signed PDF).</translation>
    </message>
    <message>
        <source>Verify every file, signature, the audit chain and the consensus; exit 0 only when everything verifies.</source>
        <translation>Verify every file, signature, the audit chain and the consensus; exit 0 only when everything verifies.</translation>
    </message>
    <message>
        <source>Everything verifies: %1 checks.</source>
        <translation>Everything verifies: %1 checks.</translation>
    </message>
    <message>
        <source>%1 of %2 checks failed.</source>
        <translation>%1 of %2 checks failed.</translation>
    </message>
    <message>
        <source>Only events of this kind.</source>
        <translation>Only events of this kind.</translation>
    </message>
    <message>
        <source>Recompute the hash chain.</source>
        <translation>Recompute the hash chain.</translation>
    </message>
    <message>
        <source>The audit trail: every change, hash-chained.</source>
        <translation>The audit trail: every change, hash-chained.</translation>
    </message>
    <message>
        <source>Whether members without a registered certificate may send unsigned sheets: yes or no (no by default).</source>
        <translation>Whether members without a registered certificate may send unsigned sheets: yes or no (no by default).</translation>
    </message>
    <message>
        <source>Withdraw the current sheet for application ID that the new return leaves out, with the reason (repeatable).</source>
        <translation>Withdraw the current sheet for application ID that the new return leaves out, with the reason (repeatable).</translation>
    </message>
    <message>
        <source>--withdraw takes ID=REASON, not “%1”.</source>
        <translation>--withdraw takes ID=REASON, not “%1”.</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <source>signed by %1 (%2)</source>
        <translation>signed by %1 (%2)</translation>
    </message>
    <message>
        <source>The fingerprint of the secretariat&apos;s certificate.</source>
        <translation>The fingerprint of the secretariat&apos;s certificate.</translation>
    </message>
    <message>
        <source>Whose certificate it is.</source>
        <translation>Whose certificate it is.</translation>
    </message>
    <message>
        <source>Register a secretariat certificate for a round: only such a certificate certifies the round&apos;s archive.</source>
        <translation>Register a secretariat certificate for a round: only such a certificate certifies the round&apos;s archive.</translation>
    </message>
    <message>
        <source>A fingerprint you know, from outside the archive, to be the secretariat&apos;s certificate (repeatable): the archive certificate must be one of them.</source>
        <translation>A fingerprint you know, from outside the archive, to be the secretariat&apos;s certificate (repeatable): the archive certificate must be one of them.</translation>
    </message>
    <message>
        <source>%1 events, chain intact; %2 anchors hold.</source>
        <translation>%1 events, chain intact; %2 anchors hold.</translation>
    </message>
    <message>
        <source>The RFC 3161 time-stamping service whose time stamps signed sheets and the chair&apos;s documents must carry (an http or https address), or none.</source>
        <translation>The RFC 3161 time-stamping service whose time stamps signed sheets and the chair&apos;s documents must carry (an http or https address), or none.</translation>
    </message>
    <message>
        <source> (new version)</source>
        <translation> (new version)</translation>
    </message>
    <message>
        <source>Import a dossier already in the round (same 統一編號 and proposal title) as its new version (補正); the current version is kept as history.</source>
        <translation>Import a dossier already in the round (same business ID No. and proposal title) as its new version (補正); the current version is kept as history.</translation>
    </message>
    <message>
        <source>Screening (資格文件審查): %1 eligible (符合, %2 of them after supplementing), %3 to supplement (限期補正; notices in %4), %5 not accepted (不予受理).</source>
        <translation>Screening (資格文件審查): %1 eligible (符合, %2 of them after supplementing), %3 to supplement (限期補正; notices in %4), %5 not accepted (不予受理).</translation>
    </message>
    <message>
        <source>%1 applications not found eligible (符合) in screening (資格文件審查) were left out (see `screening list`).</source>
        <translation>%1 applications not found eligible (符合) in screening (資格文件審查) were left out (see `screening list`).</translation>
    </message>
    <message>
        <source>Why (recorded on the audit trail).</source>
        <translation>Why (recorded on the audit trail).</translation>
    </message>
    <message>
        <source>The last day to supplement, YYYY-MM-DD.</source>
        <translation>The last day to supplement, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--deadline must be a date as YYYY-MM-DD.</source>
        <translation>--deadline must be a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Find an application eligible (符合); over error findings only with --reason.</source>
        <translation>Find an application eligible (符合); over error findings only with --reason.</translation>
    </message>
    <message>
        <source>What to supplement or correct (repeatable); by default each error finding with its 004 section.</source>
        <translation>What to supplement or correct (repeatable); by default each error finding with its 004 section.</translation>
    </message>
    <message>
        <source>Ask the applicant to supplement (限期補正) by a deadline.</source>
        <translation>Ask the applicant to supplement (限期補正) by a deadline.</translation>
    </message>
    <message>
        <source>No deadline.</source>
        <translation>No deadline.</translation>
    </message>
    <message>
        <source>Do not accept an application (不予受理).</source>
        <translation>Do not accept an application (不予受理).</translation>
    </message>
    <message>
        <source>Move the deadline to supplement (補正) of an application later.</source>
        <translation>Move the deadline to supplement (補正) of an application later.</translation>
    </message>
    <message>
        <source>Find every application not screened yet and without error findings eligible (符合).</source>
        <translation>Find every application not screened yet and without error findings eligible (符合).</translation>
    </message>
    <message>
        <source>%1 applications found eligible (符合).</source>
        <translation>%1 applications found eligible (符合).</translation>
    </message>
    <message>
        <source>List the screening (資格文件審查) outcome of every application.</source>
        <translation>List the screening (資格文件審查) outcome of every application.</translation>
    </message>
    <message>
        <source>The folder the notices are written to.</source>
        <translation>The folder the notices are written to.</translation>
    </message>
    <message>
        <source>Write the notices to supplement (補正通知): a PDF per applicant to supplement and one CSV list.</source>
        <translation>Write the notices to supplement (補正通知): a PDF per applicant to supplement and one CSV list.</translation>
    </message>
    <message>
        <source>The approved subsidy (核定補助款) of a pass, NT$ thousand.</source>
        <translation>The approved subsidy (核定補助款) of a pass, NT$ thousand.</translation>
    </message>
    <message>
        <source>The approved total budget (核定總經費), NT$ thousand; by default as submitted.</source>
        <translation>The approved total budget (核定總經費), NT$ thousand; by default as submitted.</translation>
    </message>
    <message>
        <source>Why the decision goes against the pass mark, when it does.</source>
        <translation>Why the decision goes against the pass mark, when it does.</translation>
    </message>
    <message>
        <source>--approved and --approved-total are amounts in NT$ thousand.</source>
        <translation>--approved and --approved-total are amounts in NT$ thousand.</translation>
    </message>
    <message>
        <source>The fewest members the committee may have (5 by default, 組織準則 第4條).</source>
        <translation>The fewest members the committee may have (5 by default, 組織準則 第4條).</translation>
    </message>
    <message>
        <source>The most members the committee may have (17 by default).</source>
        <translation>The most members the committee may have (17 by default).</translation>
    </message>
    <message>
        <source>Write each applicant&apos;s result letter (函復結果) PDF into FOLDER, once the results are final.</source>
        <translation>Write each applicant&apos;s result letter (函復結果) PDF into FOLDER, once the results are final.</translation>
    </message>
    <message>
        <source>The consensus meeting (共識會議) is over: results final, the consensus sheet (總表) and the minutes signed by the chair, result letters (函復結果) in %2. Try `archive export WS OUT.zip --sign &quot;%1&quot;` and `verify OUT.zip`.</source>
        <translation>The consensus meeting (共識會議) is over: results final, the consensus sheet (總表) and the minutes signed by the chair, result letters (函復結果) in %2. Try `archive export WS OUT.zip --sign &quot;%1&quot;` and `verify OUT.zip`.</translation>
    </message>
    <message>
        <source>Extend the review period (審查時程) of an eligible application by one month, once (004 捌、二(一)).</source>
        <translation>Extend the review period (審查時程) of an eligible application by one month, once (004 捌、二(一)).</translation>
    </message>
    <message>
        <source>review due %1 (%2 days left)</source>
        <translation>review due %1 (%2 days left)</translation>
    </message>
    <message>
        <source>Whether the consensus sheet (總表) shows members by code instead of name (審議規則 第6條之1): yes or no (no by default); --member-key writes the key.</source>
        <translation>Whether the consensus sheet (總表) shows members by code instead of name (審議規則 第6條之1): yes or no (no by default); --member-key writes the key.</translation>
    </message>
    <message>
        <source>Write the key of a coded consensus sheet (代號對照表: code, name, organisation) as PDF.</source>
        <translation>Write the key of a coded consensus sheet (代號對照表: code, name, organisation) as PDF.</translation>
    </message>
    <message>
        <source>          left out: %1</source>
        <translation>          left out: %1</translation>
    </message>
    <message>
        <source>%1 is not a review workspace</source>
        <translation>%1 is not a review workspace</translation>
    </message>
    <message>
        <source>Committee members per application (default %1).</source>
        <translation>Committee members per application (default %1).</translation>
    </message>
    <message>
        <source>Pages read at once (default: one per core).</source>
        <translation>Pages read at once (default: one per core).</translation>
    </message>
    <message>
        <source>Read the text of scanned pages with OCR (Tesseract).</source>
        <translation>Read the text of scanned pages with OCR (Tesseract).</translation>
    </message>
    <message>
        <source>OCR: %1 of %2 scanned pages</source>
        <translation>OCR: %1 of %2 scanned pages</translation>
    </message>
    <message>
        <source>Read %1 scanned pages; %2 could not be read; %3 wait.</source>
        <translation>Read %1 scanned pages; %2 could not be read; %3 wait.</translation>
    </message>
    <message>
        <source>Usage: reviewdesk-cli COMMAND [OPTIONS]

Commands:
  init WS                       create a workspace with a DIGITAL+ 2025 round
  import WS PATH... [--replace] import dossiers (folders or ZIPs); --replace: as a new version (補正)
  demo WS [--applications N] [--reviewers M] [--seed S] [--unsigned] [--final]
                                write and import a realistic demo round
  findings WS                   list eligibility and budget findings
  search WS QUERY               search every page of every PDF
  ocr WS [--threads N]          read the text of scanned pages (OCR); resumes where it stopped
  screening list|clean|eligible|supplement|extend|reject|notices WS …
                                screening (資格文件審查): eligible, to supplement with notices, not accepted
  reviewers add WS NAME [--organization ORG …] | reviewers list WS
                                the committee pool (委員)
  assign auto WS [--per-application N] | assign add WS UBN REVIEWER [--reason TEXT]
  assign list WS                who reviews which application; never a conflict unless overridden
  preliminary set WS UBN TEXT [--criterion ID] [--meets yes|partly|no] | preliminary list WS UBN
                                the secretariat&apos;s preliminary opinion (初審意見)
  package export WS (--reviewer ID | --all) --output PATH
                                reviewer packages: only each member&apos;s non-conflicted applications
  package import FILE WS        open a package as a reviewer&apos;s workspace
  sheet show|set|complete|conflict WS UBN …   score in a reviewer&apos;s workspace; sheet list WS
  return export WS --output FILE [--include-notes]   the score return (評分回傳)
  return import WS FILE [--replace]                  the secretariat takes a return in
  return list WS                every return received, replaced ones too
  consensus WS [--method mean|rank-sum] [--pass-mark N] [--budget N] [--json]
                                compile the returned sheets: statistics, ranks, flags
  consensus WS --xlsx F | --csv F | --pdf F | --minutes F | --comments DIR
                                the 總表, the minutes and each applicant&apos;s 審查意見彙整
  meeting status|info|attend|revise|resolve|note|decide|finalise|reopen WS …
                                the 共識會議: attendance, 複評, 議決, decisions, finalising
  certs list|create|import|trust|module|register …
                                the certificate store, smart cards, members&apos; certificates
  sign WS --sign NICK | sign FILE.pdf --sign NICK [--output F]
                                the chair signs the final 總表 and minutes; or sign one PDF
  audit WS [--action KIND] [--verify] the hash-chained audit trail
  archive export WS OUT.zip --sign NICK   the round archive, certified by the secretariat
  verify ARCHIVE|FILE.pdf [--json]        verify everything; exit 0 only when all holds
  Signing options: --sign NICKNAME, --password-file FILE|- (the store&apos;s password or the PIN)

Options everywhere: --help, --json (where it applies), --round ID, --lang zh_TW|en.
Exit status: 0 success, 1 some input failed, 2 usage.
</source>
        <translation>Usage: reviewdesk-cli COMMAND [OPTIONS]

Commands:
  init WS                       create a workspace with a DIGITAL+ 2025 round
  import WS PATH... [--replace] import dossiers (folders or ZIPs); --replace: as a new version (補正)
  demo WS [--applications N] [--reviewers M] [--seed S] [--unsigned] [--final]
                                write and import a realistic demo round
  findings WS                   list eligibility and budget findings
  search WS QUERY               search every page of every PDF
  ocr WS [--threads N]          read the text of scanned pages (OCR); resumes where it stopped
  screening list|clean|eligible|supplement|extend|reject|notices WS …
                                screening (資格文件審查): eligible, to supplement with notices, not accepted
  reviewers add WS NAME [--organization ORG …] | reviewers list WS
                                the committee pool (委員)
  assign auto WS [--per-application N] | assign add WS UBN REVIEWER [--reason TEXT]
  assign list WS                who reviews which application; never a conflict unless overridden
  preliminary set WS UBN TEXT [--criterion ID] [--meets yes|partly|no] | preliminary list WS UBN
                                the secretariat&apos;s preliminary opinion (初審意見)
  package export WS (--reviewer ID | --all) --output PATH
                                reviewer packages: only each member&apos;s non-conflicted applications
  package import FILE WS        open a package as a reviewer&apos;s workspace
  sheet show|set|complete|conflict WS UBN …   score in a reviewer&apos;s workspace; sheet list WS
  return export WS --output FILE [--include-notes]   the score return (評分回傳)
  return import WS FILE [--replace]                  the secretariat takes a return in
  return list WS                every return received, replaced ones too
  consensus WS [--method mean|rank-sum] [--pass-mark N] [--budget N] [--json]
                                compile the returned sheets: statistics, ranks, flags
  consensus WS --xlsx F | --csv F | --pdf F | --minutes F | --comments DIR
                                the 總表, the minutes and each applicant&apos;s 審查意見彙整
  meeting status|info|attend|revise|resolve|note|decide|finalise|reopen WS …
                                the 共識會議: attendance, 複評, 議決, decisions, finalising
  certs list|create|import|trust|module|register …
                                the certificate store, smart cards, members&apos; certificates
  sign WS --sign NICK | sign FILE.pdf --sign NICK [--output F]
                                the chair signs the final 總表 and minutes; or sign one PDF
  audit WS [--action KIND] [--verify] the hash-chained audit trail
  archive export WS OUT.zip --sign NICK   the round archive, certified by the secretariat
  verify ARCHIVE|FILE.pdf [--json]        verify everything; exit 0 only when all holds
  Signing options: --sign NICKNAME, --password-file FILE|- (the store&apos;s password or the PIN)

Options everywhere: --help, --json (where it applies), --round ID, --lang zh_TW|en.
Exit status: 0 success, 1 some input failed, 2 usage.
</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Named in the applicant&apos;s recusal list: %1</source>
        <translation>Named in the applicant&apos;s recusal list: %1</translation>
    </message>
    <message>
        <source>Same name as in the applicant&apos;s recusal list, another organisation: %1</source>
        <translation>Same name as in the applicant&apos;s recusal list, another organisation: %1</translation>
    </message>
    <message>
        <source>Declared a tie with 統一編號 %1</source>
        <translation>Declared a tie with business ID No. %1</translation>
    </message>
    <message>
        <source>Declared a tie with %1</source>
        <translation>Declared a tie with %1</translation>
    </message>
</context>
<context>
    <name>ConsensusExport</name>
    <message>
        <source>Recused</source>
        <translation>Recused</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>統一編號</source>
        <translation>Business ID No.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Requested subsidy (NT$ thousand)</source>
        <translation>Requested subsidy (NT$ thousand)</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Std. dev.</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>Trimmed mean</translation>
    </message>
    <message>
        <source>Mean z-score</source>
        <translation>Mean z-score</translation>
    </message>
    <message>
        <source>Rank sum</source>
        <translation>Rank sum</translation>
    </message>
    <message>
        <source>Reaches pass mark</source>
        <translation>Reaches pass mark</translation>
    </message>
    <message>
        <source>Cumulative subsidy</source>
        <translation>Cumulative subsidy</translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation>Within budget</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Votes (for/against/abstaining)</source>
        <translation>Votes (for/against/abstaining)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Consensus sheet</source>
        <translation>Consensus sheet</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>%1 as returned</source>
        <translation>%1 as returned</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Revised</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Approved subsidy (核定補助款, NT$ thousand)</source>
        <translation>Approved subsidy (核定補助款, NT$ thousand)</translation>
    </message>
    <message>
        <source>Approved total budget (核定總經費, NT$ thousand)</source>
        <translation>Approved total budget (核定總經費, NT$ thousand)</translation>
    </message>
    <message>
        <source>Why against the pass mark</source>
        <translation>Why against the pass mark</translation>
    </message>
    <message>
        <source>Screening (資格文件審查)</source>
        <translation>Screening (資格文件審查)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>%1 (tied, 並列)</source>
        <translation>%1 (tied, 並列)</translation>
    </message>
    <message>
        <source>Requested (NT$ k)</source>
        <translation>Requested (NT$ k)</translation>
    </message>
    <message>
        <source>%1 (absent, 缺席)</source>
        <translation>%1 (absent, 缺席)</translation>
    </message>
    <message>
        <source>Approved (NT$ k)</source>
        <translation>Approved (NT$ k)</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Tied (並列)</source>
        <translation>Tied (並列)</translation>
    </message>
</context>
<context>
    <name>ConsensusPrint</name>
    <message>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source> — conditions: %1</source>
        <translation> — conditions: %1</translation>
    </message>
    <message>
        <source>%1 for, %2 against, %3 abstaining</source>
        <translation>%1 for, %2 against, %3 abstaining</translation>
    </message>
    <message>
        <source>Final since %1; results SHA-256 %2</source>
        <translation>Final since %1; results SHA-256 %2</translation>
    </message>
    <message>
        <source>Not final: a draft for the meeting</source>
        <translation>Not final: a draft for the meeting</translation>
    </message>
    <message>
        <source>%1: re-scored (複評)</source>
        <translation>%1: re-scored (複評)</translation>
    </message>
    <message>
        <source>%1: resolved by the committee (議決): %2</source>
        <translation>%1: resolved by the committee (議決): %2</translation>
    </message>
    <message>
        <source>%1: not yet handled</source>
        <translation>%1: not yet handled</translation>
    </message>
    <message>
        <source>%1 revised %2 from %3 to %4: %5</source>
        <translation>%1 revised %2 from %3 to %4: %5</translation>
    </message>
    <message>
        <source>%1: the preliminary opinion found it %2; the committee decided %3, because %4</source>
        <translation>%1: the preliminary opinion found it %2; the committee decided %3, because %4</translation>
    </message>
    <message>
        <source>meeting the requirements</source>
        <translation>meeting the requirements</translation>
    </message>
    <message>
        <source>not meeting the requirements</source>
        <translation>not meeting the requirements</translation>
    </message>
    <message>
        <source>Consensus sheet</source>
        <translation>Consensus sheet</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Consensus sheet (評選總表): %1</source>
        <translation>Consensus sheet (評選總表): %1</translation>
    </message>
    <message>
        <source>Program: %1. Rubric: %2 %3. Ranked by %4; pass mark %5.</source>
        <translation>Program: %1. Rubric: %2 %3. Ranked by %4; pass mark %5.</translation>
    </message>
    <message>
        <source>the mean total</source>
        <translation>the mean total</translation>
    </message>
    <message>
        <source>rank sum (序位法)</source>
        <translation>rank sum (序位法)</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source> (chair)</source>
        <translation> (chair)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Organisation and title</source>
        <translation>Organisation and title</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Notes (附記)</source>
        <translation>Notes (附記)</translation>
    </message>
    <message>
        <source>1. Marked differences between the members&apos; results and how they were handled:</source>
        <translation>1. Marked differences between the members&apos; results and how they were handled:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>2. Where the committee&apos;s result differs from the preliminary opinion (初審意見), and why:</source>
        <translation>2. Where the committee&apos;s result differs from the preliminary opinion (初審意見), and why:</translation>
    </message>
    <message>
        <source>3. Conditions of the applications passed after revision (修正後通過):</source>
        <translation>3. Conditions of the applications passed after revision (修正後通過):</translation>
    </message>
    <message>
        <source>Signatures of the attending members</source>
        <translation>Signatures of the attending members</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Minutes of the consensus meeting (共識會議紀錄)</source>
        <translation>Minutes of the consensus meeting (共識會議紀錄)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Members present</translation>
    </message>
    <message>
        <source>Members absent</source>
        <translation>Members absent</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>%1 of %2 present; %3 needed</source>
        <translation>%1 of %2 present; %3 needed</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>Discussion and decisions</source>
        <translation>Discussion and decisions</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1 sheets; mean %2, median %3, standard deviation %4</source>
        <translation>%1 sheets; mean %2, median %3, standard deviation %4</translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation>Flag: %1</translation>
    </message>
    <message>
        <source>Resolution (議決): %1</source>
        <translation>Resolution (議決): %1</translation>
    </message>
    <message>
        <source>Discussion: %1</source>
        <translation>Discussion: %1</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>Decision: %1 (%2)</translation>
    </message>
    <message>
        <source>Departure from the preliminary opinion: %1</source>
        <translation>Departure from the preliminary opinion: %1</translation>
    </message>
    <message>
        <source>Decision: not decided</source>
        <translation>Decision: not decided</translation>
    </message>
    <message>
        <source>Pass list</source>
        <translation>Pass list</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <source>%1: results made final (SHA-256 %2)</source>
        <translation>%1: results made final (SHA-256 %2)</translation>
    </message>
    <message>
        <source>%1: reopened: %2</source>
        <translation>%1: reopened: %2</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The application is not in this round.</source>
        <translation>The application is not in this round.</translation>
    </message>
    <message>
        <source>Compiled review comments</source>
        <translation>Compiled review comments</translation>
    </message>
    <message>
        <source>Compiled review comments (審查意見彙整)</source>
        <translation>Compiled review comments (審查意見彙整)</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Overall comments</source>
        <translation>Overall comments</translation>
    </message>
    <message>
        <source>Conditions of the decision</source>
        <translation>Conditions of the decision</translation>
    </message>
    <message>
        <source>Chair&apos;s digital signature</source>
        <translation>Chair&apos;s digital signature</translation>
    </message>
    <message>
        <source>Not digitally signed</source>
        <translation>Not digitally signed</translation>
    </message>
    <message>
        <source>Results SHA-256 %1…</source>
        <translation>Results SHA-256 %1…</translation>
    </message>
    <message>
        <source>This round accepts unsigned score sheets from members without a registered certificate: those sheets are not digitally signed.</source>
        <translation>This round accepts unsigned score sheets from members without a registered certificate: those sheets are not digitally signed.</translation>
    </message>
    <message>
        <source>Every counted score sheet is digitally signed by its member with the certificate registered for them.</source>
        <translation>Every counted score sheet is digitally signed by its member with the certificate registered for them.</translation>
    </message>
    <message>
        <source>Not found eligible in screening (資格文件審查): not reviewed</source>
        <translation>Not found eligible in screening (資格文件審查): not reviewed</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source> — approved subsidy (核定補助款) %1 of an approved total budget of %2 (NT$ thousand)</source>
        <translation> — approved subsidy (核定補助款) %1 of an approved total budget of %2 (NT$ thousand)</translation>
    </message>
    <message>
        <source> — against the pass mark: %1</source>
        <translation> — against the pass mark: %1</translation>
    </message>
    <message>
        <source>Committee: %1 members, %2 of them external experts (外聘) — the rules ask for %3 to %4 members, at least %5 % external. Present: %6 members, %7 of them external — the rules ask for at least %8 present, and at least %9 external members making up %5 % of those present.</source>
        <translation>Committee: %1 members, %2 of them external experts (外聘) — the rules ask for %3 to %4 members, at least %5 % external. Present: %6 members, %7 of them external — the rules ask for at least %8 present, and at least %9 external members making up %5 % of those present.</translation>
    </message>
    <message>
        <source>%1 has no result to send yet.</source>
        <translation>%1 has no result to send yet.</translation>
    </message>
    <message>
        <source>Review result</source>
        <translation>Review result</translation>
    </message>
    <message>
        <source>Notice of the review result (審查結果通知)</source>
        <translation>Notice of the review result (審查結果通知)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>The application was not accepted in screening (資格文件審查) and was not reviewed (004 陸 註1; 數位發展部協助產業創新活動補助獎勵及輔導辦法 第7條).</source>
        <translation>The application was not accepted in screening (資格文件審查) and was not reviewed (004 陸 註1; 數位發展部協助產業創新活動補助獎勵及輔導辦法 第7條).</translation>
    </message>
    <message>
        <source>NT$ %1 thousand</source>
        <translation>NT$ %1 thousand</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Approved subsidy (核定補助款)</source>
        <translation>Approved subsidy (核定補助款)</translation>
    </message>
    <message>
        <source>Approved total budget (核定總經費)</source>
        <translation>Approved total budget (核定總經費)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>%1 (pass mark %2)</source>
        <translation>%1 (pass mark %2)</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>The committee did not approve the proposal. Its comments follow.</source>
        <translation>The committee did not approve the proposal. Its comments follow.</translation>
    </message>
    <message>
        <source>The committee approved the proposal; the program office will contact you about the contract (簽約執行). The committee&apos;s comments follow.</source>
        <translation>The committee approved the proposal; the program office will contact you about the contract (簽約執行). The committee&apos;s comments follow.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Result letters (函復結果) are written once the results are final.</source>
        <translation>Result letters (函復結果) are written once the results are final.</translation>
    </message>
    <message>
        <source>Consensus sheet (評選總表): %1 — DRAFT (草稿)</source>
        <translation>Consensus sheet (評選總表): %1 — DRAFT (草稿)</translation>
    </message>
    <message>
        <source>Meeting: %1, %2.</source>
        <translation>Meeting: %1, %2.</translation>
    </message>
    <message>
        <source>The round chose rank sums (序位法), which compare fairly only when every counted member scored every application; here the members scored different applications, so the ranking is by the mean total.</source>
        <translation>The round chose rank sums (序位法), which compare fairly only when every counted member scored every application; here the members scored different applications, so the ranking is by the mean total.</translation>
    </message>
    <message>
        <source>Equal figures are ordered by the median, then the rank sum, then the order of intake: the rule in force when these results were first made final.</source>
        <translation>Equal figures are ordered by the median, then the rank sum, then the order of intake: the rule in force when these results were first made final.</translation>
    </message>
    <message>
        <source>Applications with equal means share a rank (並列).</source>
        <translation>Applications with equal means share a rank (並列).</translation>
    </message>
    <message>
        <source>Applications with equal rank sums share a rank (並列) and are ordered by the higher mean first.</source>
        <translation>Applications with equal rank sums share a rank (並列) and are ordered by the higher mean first.</translation>
    </message>
    <message>
        <source>They are ordered by the higher mean score on the heaviest criterion, then the next: %1. Where every criterion is equal too, the committee orders them by resolution (議決) or by lot (抽籤), and a funding line falling among them funds none of them until it does.</source>
        <translation>They are ordered by the higher mean score on the heaviest criterion, then the next: %1. Where every criterion is equal too, the committee orders them by resolution (議決) or by lot (抽籤), and a funding line falling among them funds none of them until it does.</translation>
    </message>
    <message>
        <source>External (外聘)</source>
        <translation>External (外聘)</translation>
    </message>
    <message>
        <source>Internal (內聘)</source>
        <translation>Internal (內聘)</translation>
    </message>
    <message>
        <source>External or internal</source>
        <translation>External or internal</translation>
    </message>
    <message>
        <source>Scores of the members</source>
        <translation>Scores of the members</translation>
    </message>
    <message>
        <source>Ranks of the members</source>
        <translation>Ranks of the members</translation>
    </message>
    <message>
        <source>This round prints its members by name: there are no codes for a member key to map.</source>
        <translation>This round prints its members by name: there are no codes for a member key to map.</translation>
    </message>
    <message>
        <source>Member key</source>
        <translation>Member key</translation>
    </message>
    <message>
        <source>Member key (委員代號對照表): %1</source>
        <translation>Member key (委員代號對照表): %1</translation>
    </message>
    <message>
        <source>For the secretariat&apos;s file, kept apart from the coded consensus sheet (評選總表), which names its members only by these codes. Results SHA-256 %1.</source>
        <translation>For the secretariat&apos;s file, kept apart from the coded consensus sheet (評選總表), which names its members only by these codes. Results SHA-256 %1.</translation>
    </message>
    <message>
        <source>A member&apos;s score sheet is their written expert review (專業審查), signed and returned before the meeting: it counts whether or not the member attends, and an absent member is marked so (缺席). Each mean is the mean of the figures in its row; a cell with a word instead of a figure is not counted (Recused 迴避, Missing 未交, Incomplete 未完成).</source>
        <translation>A member&apos;s score sheet is their written expert review (專業審查), signed and returned before the meeting: it counts whether or not the member attends, and an absent member is marked so (缺席). Each mean is the mean of the figures in its row; a cell with a word instead of a figure is not counted (Recused 迴避, Missing 未交, Incomplete 未完成).</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo sheets are written for the DIGITAL+ rubric.</source>
        <translation>The demo sheets are written for the DIGITAL+ rubric.</translation>
    </message>
    <message>
        <source>The demo certificate of %1 cannot sign.</source>
        <translation>The demo certificate of %1 cannot sign.</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>cannot create a temporary folder</translation>
    </message>
    <message>
        <source>The demo round has no committee.</source>
        <translation>The demo round has no committee.</translation>
    </message>
    <message>
        <source>The demo certificate of the secretariat cannot sign.</source>
        <translation>The demo certificate of the secretariat cannot sign.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the demo round has 1 to 500 applications, not %1</source>
        <translation>the demo round has 1 to 500 applications, not %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>the demo round has no application %1</source>
        <translation>the demo round has no application %1</translation>
    </message>
    <message>
        <source>a 補正 does not cure %1 of application %2</source>
        <translation>a 補正 does not cure %1 of application %2</translation>
    </message>
</context>
<context>
    <name>DemoScreening</name>
    <message>
        <source>申請資格不符 (004 貳): %1</source>
        <translation>申請資格不符 (004 貳): %1</translation>
    </message>
    <message>
        <source>the supplemented dossier was not imported</source>
        <translation>the supplemented dossier was not imported</translation>
    </message>
</context>
<context>
    <name>DossierDiscovery</name>
    <message>
        <source>does not exist</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>is neither a dossier folder nor a ZIP archive</source>
        <translation>is neither a dossier folder nor a ZIP archive</translation>
    </message>
    <message>
        <source>is not a dossier: it has no application.json</source>
        <translation>is not a dossier: it has no application.json</translation>
    </message>
    <message>
        <source>contains no dossier (no application.json, no ZIP)</source>
        <translation>contains no dossier (no application.json, no ZIP)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>a name is neither UTF-8 nor Big5 (%1)</source>
        <translation>a name is neither UTF-8 nor Big5 (%1)</translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <translation>cannot copy %1</translation>
    </message>
    <message>
        <source>%1 is more than the import may unpack; refused</source>
        <translation>%1 is more than the import may unpack; refused</translation>
    </message>
    <message>
        <source>its name is not UTF-8; rename it, or put it in a dossier folder</source>
        <translation>its name is not UTF-8; rename it, or put it in a dossier folder</translation>
    </message>
</context>
<context>
    <name>DossierParser</name>
    <message>
        <source>both budget.csv and budget.xlsx are present; the dossier must have exactly one</source>
        <translation>both budget.csv and budget.xlsx are present; the dossier must have exactly one</translation>
    </message>
    <message>
        <source>budget.csv or budget.xlsx is missing</source>
        <translation>budget.csv or budget.xlsx is missing</translation>
    </message>
    <message>
        <source>application.json: attachment “%1” has the unknown type “%2”</source>
        <translation>application.json: attachment “%1” has the unknown type “%2”</translation>
    </message>
    <message>
        <source>application.json lists the attachment “%1”, which is not in the dossier</source>
        <translation>application.json lists the attachment “%1”, which is not in the dossier</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; attachments must be regular files</source>
        <translation>%1 is a symbolic link; attachments must be regular files</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the file name “%1” has a control character</source>
        <translation>the file name “%1” has a control character</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>not a PDF file</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a dossier holds only its own files</source>
        <translation>%1 is a symbolic link; a dossier holds only its own files</translation>
    </message>
    <message>
        <source>%1 is %2 KB, more than the %3 KB such a file needs</source>
        <translation>%1 is %2 KB, more than the %3 KB such a file needs</translation>
    </message>
    <message>
        <source>%1/: a folder; a dossier&apos;s documents lie at its top level</source>
        <translation>%1/: a folder; a dossier&apos;s documents lie at its top level</translation>
    </message>
    <message>
        <source>%1: a hidden or system file</source>
        <translation>%1: a hidden or system file</translation>
    </message>
    <message>
        <source>%1: its name is not UTF-8, so it cannot be opened; rename it</source>
        <translation>%1: its name is not UTF-8, so it cannot be opened; rename it</translation>
    </message>
</context>
<context>
    <name>DossierReader</name>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 is not valid JSON: %2 at byte %3</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1: the top level must be a JSON object</translation>
    </message>
    <message>
        <source>%1: dossier format “%2” is not supported; this ReviewDesk reads “%3”</source>
        <translation>%1: dossier format “%2” is not supported; this ReviewDesk reads “%3”</translation>
    </message>
    <message>
        <source>%1: “format” is “%2”, not a ReviewDesk dossier</source>
        <translation>%1: “format” is “%2”, not a ReviewDesk dossier</translation>
    </message>
    <message>
        <source>%1: the required key “%2” is missing</source>
        <translation>%1: the required key “%2” is missing</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>%1: “%2” of “%3” is not a date (YYYY-MM-DD)</source>
        <translation>%1: “%2” of “%3” is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>%1: “%2[%3]” is not an object</source>
        <translation>%1: “%2[%3]” is not an object</translation>
    </message>
    <message>
        <source>%1: “%2” has the wrong type (expected %3)</source>
        <translation>%1: “%2” has the wrong type (expected %3)</translation>
    </message>
    <message>
        <source>%1: “proposal.category” is “%2”; expected industry, ai or theme</source>
        <translation>%1: “proposal.category” is “%2”; expected industry, ai or theme</translation>
    </message>
    <message>
        <source>%1: “applicant.ubn” is “%2”; a business ID (統一編號) is 8 digits</source>
        <translation>%1: “applicant.ubn” is “%2”; a business ID (統一編號) is 8 digits</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; the dossier format is UTF-8</source>
        <translation>%1 is UTF-16 text; the dossier format is UTF-8</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Industry code</source>
        <translation>Industry code</translation>
    </message>
    <message>
        <source>Net worth</source>
        <translation>Net worth</translation>
    </message>
    <message>
        <source>Mainland Chinese capital</source>
        <translation>Mainland Chinese capital</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>Branch office</translation>
    </message>
    <message>
        <source>Bank-rejected</source>
        <translation>Bank-rejected</translation>
    </message>
    <message>
        <source>統一編號 check digit</source>
        <translation>Business ID No. check digit</translation>
    </message>
    <message>
        <source>One proposal per company</source>
        <translation>One proposal per company</translation>
    </message>
    <message>
        <source>Minimum 推動家數</source>
        <translation>Minimum 推動家數</translation>
    </message>
    <message>
        <source>Subsidy cap</source>
        <translation>Subsidy cap</translation>
    </message>
    <message>
        <source>Subsidy share</source>
        <translation>Subsidy share</translation>
    </message>
    <message>
        <source>Security budget share</source>
        <translation>Security budget share</translation>
    </message>
    <message>
        <source>Outsourcing share</source>
        <translation>Outsourcing share</translation>
    </message>
    <message>
        <source>Promotion events share</source>
        <translation>Promotion events share</translation>
    </message>
    <message>
        <source>Advertising self-funded</source>
        <translation>Advertising self-funded</translation>
    </message>
    <message>
        <source>Budget totals</source>
        <translation>Budget totals</translation>
    </message>
    <message>
        <source>To-be-hired staff share</source>
        <translation>To-be-hired staff share</translation>
    </message>
    <message>
        <source>Intended-organisation list</source>
        <translation>Intended-organisation list</translation>
    </message>
    <message>
        <source>Intended organisations shared</source>
        <translation>Intended organisations shared</translation>
    </message>
    <message>
        <source>Required documents (補件)</source>
        <translation>Required documents (補件)</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>File size</translation>
    </message>
    <message>
        <source>Unreadable PDF</source>
        <translation>Unreadable PDF</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>Project period</translation>
    </message>
    <message>
        <source>各行各業數位轉型</source>
        <translation>各行各業數位轉型</translation>
    </message>
    <message>
        <source>AI 數位技術應用</source>
        <translation>AI 數位技術應用</translation>
    </message>
    <message>
        <source>主題產業數位轉型</source>
        <translation>主題產業數位轉型</translation>
    </message>
    <message>
        <source>subsidy</source>
        <translation>subsidy</translation>
    </message>
    <message>
        <source>self-funded</source>
        <translation>self-funded</translation>
    </message>
    <message>
        <source>security</source>
        <translation>security</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Industry code %1 is not eligible; the program accepts %2.</source>
        <translation>Industry code %1 is not eligible; the program accepts %2.</translation>
    </message>
    <message>
        <source>Net worth is %1 thousand; it must be positive.</source>
        <translation>Net worth is %1 thousand; it must be positive.</translation>
    </message>
    <message>
        <source>The applicant is declared as having mainland Chinese capital (陸資), which is not eligible.</source>
        <translation>The applicant is declared as having mainland Chinese capital (陸資), which is not eligible.</translation>
    </message>
    <message>
        <source>The applicant is a branch office (分公司), which is not eligible.</source>
        <translation>The applicant is a branch office (分公司), which is not eligible.</translation>
    </message>
    <message>
        <source>The applicant is a bank-rejected account (銀行拒絕往來戶), which is not eligible.</source>
        <translation>The applicant is a bank-rejected account (銀行拒絕往來戶), which is not eligible.</translation>
    </message>
    <message>
        <source>統一編號 %1 fails the Ministry of Finance check digit.</source>
        <translation>Business ID No. %1 fails the Ministry of Finance check digit.</translation>
    </message>
    <message>
        <source>統一編號 %1 has %2 proposals in this round (also: %3); each company may submit one.</source>
        <translation>Business ID No. %1 has %2 proposals in this round (also: %3); each company may submit one.</translation>
    </message>
    <message>
        <source>推動家數 is %1; %2 needs at least %3.</source>
        <translation>推動家數 is %1; %2 needs at least %3.</translation>
    </message>
    <message>
        <source>Subsidy of %1 thousand exceeds the cap of %2 thousand for %3 with 推動家數 %4.</source>
        <translation>Subsidy of %1 thousand exceeds the cap of %2 thousand for %3 with 推動家數 %4.</translation>
    </message>
    <message>
        <source>Subsidy (%1 thousand) is %2 of the total, more than the self-funded part (%3 thousand); it may be at most %4%.</source>
        <translation>Subsidy (%1 thousand) is %2 of the total, more than the self-funded part (%3 thousand); it may be at most %4%.</translation>
    </message>
    <message>
        <source>Security budget is %1 thousand, %2 of the total %3 thousand (rounded to one decimal); at least %4% is required.</source>
        <translation>Security budget is %1 thousand, %2 of the total %3 thousand (rounded to one decimal); at least %4% is required.</translation>
    </message>
    <message>
        <source>%1 come to %2 thousand, %3 of the total; as a rule at most %4%.</source>
        <translation>%1 come to %2 thousand, %3 of the total; as a rule at most %4%.</translation>
    </message>
    <message>
        <source>%1 has %2 thousand of subsidy; advertising may only be self-funded.</source>
        <translation>%1 has %2 thousand of subsidy; advertising may only be self-funded.</translation>
    </message>
    <message>
        <source>The stated %1 total is %2 thousand but the items add up to %3 thousand.</source>
        <translation>The stated %1 total is %2 thousand but the items add up to %3 thousand.</translation>
    </message>
    <message>
        <source>%1 of %2 project staff are still to be hired (%3); as a rule at most %4%.</source>
        <translation>%1 of %2 project staff are still to be hired (%3); as a rule at most %4%.</translation>
    </message>
    <message>
        <source>The intended-organisation list names %1 for 推動家數 %2; at least %3 (%4%) are expected.</source>
        <translation>The intended-organisation list names %1 for 推動家數 %2; at least %3 (%4%) are expected.</translation>
    </message>
    <message>
        <source>%1 intended organisation(s) also appear on another applicant&apos;s list (%2): %3.</source>
        <translation>%1 intended organisation(s) also appear on another applicant&apos;s list (%2): %3.</translation>
    </message>
    <message>
        <source>%1 is missing (補件).</source>
        <translation>%1 is missing (補件).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 provided (補件).</source>
        <translation>%1: %2 of %3 provided (補件).</translation>
    </message>
    <message>
        <source>%1 is %2 MB; each PDF may be at most %3 MB.</source>
        <translation>%1 is %2 MB; each PDF may be at most %3 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The project period %1 – %2 is outside the program window %3 – %4.</source>
        <translation>The project period %1 – %2 is outside the program window %3 – %4.</translation>
    </message>
    <message>
        <source>Budget amounts</source>
        <translation>Budget amounts</translation>
    </message>
    <message>
        <source>The total row</source>
        <translation>The total row</translation>
    </message>
    <message>
        <source>%1: its information-security part, %2 thousand, is more than the row itself, %3 thousand.</source>
        <translation>%1: its information-security part, %2 thousand, is more than the row itself, %3 thousand.</translation>
    </message>
    <message>
        <source>%1, %2: %3 thousand; an amount cannot be negative.</source>
        <translation>%1, %2: %3 thousand; an amount cannot be negative.</translation>
    </message>
    <message>
        <source>%1, %2: %3 thousand; amounts are whole thousands (rounded to the nearest thousand).</source>
        <translation>%1, %2: %3 thousand; amounts are whole thousands (rounded to the nearest thousand).</translation>
    </message>
    <message>
        <source>Outsourcing subsidy share</source>
        <translation>Outsourcing subsidy share</translation>
    </message>
    <message>
        <source>Maintenance without equipment use</source>
        <translation>Maintenance without equipment use</translation>
    </message>
    <message>
        <source>%1 take %2 thousand of subsidy, %3 of the total subsidy of %4 thousand; as a rule at most %5%.</source>
        <translation>%1 take %2 thousand of subsidy, %3 of the total subsidy of %4 thousand; as a rule at most %5%.</translation>
    </message>
    <message>
        <source>%1 thousand of equipment maintenance (設備維護費) is budgeted without any equipment use (設備使用費); as a rule it may not be.</source>
        <translation>%1 thousand of equipment maintenance (設備維護費) is budgeted without any equipment use (設備使用費); as a rule it may not be.</translation>
    </message>
    <message>
        <source>Intended list entries</source>
        <translation>Intended list entries</translation>
    </message>
    <message>
        <source>Row %1 of the intended list (%2) is the applicant itself; it does not count.</source>
        <translation>Row %1 of the intended list (%2) is the applicant itself; it does not count.</translation>
    </message>
    <message>
        <source>Row %1 of the intended list (%2) repeats row %3; it counts once.</source>
        <translation>Row %1 of the intended list (%2) repeats row %3; it counts once.</translation>
    </message>
    <message>
        <source>Row %1 of the intended list (%2): the business ID (統一編號) has a wrong check digit; it does not count.</source>
        <translation>Row %1 of the intended list (%2): the business ID (統一編號) has a wrong check digit; it does not count.</translation>
    </message>
    <message>
        <source>Solution categories (方案類別)</source>
        <translation>Solution categories (方案類別)</translation>
    </message>
    <message>
        <source>The solution “%1” names %2 categories (方案類別); at most %3.</source>
        <translation>The solution “%1” names %2 categories (方案類別); at most %3.</translation>
    </message>
    <message>
        <source>The solution “%1” names categories (方案類別) %2, which are not among the %3 listed.</source>
        <translation>The solution “%1” names categories (方案類別) %2, which are not among the %3 listed.</translation>
    </message>
    <message>
        <source>Solutions&apos; organisations against the target (推動家數)</source>
        <translation>Solutions&apos; organisations against the target (推動家數)</translation>
    </message>
    <message>
        <source>The solutions&apos; organisations (推動導入家數) add up to %1, not to the target of %2 organisations (推動家數); the subsidy cap follows the lower.</source>
        <translation>The solutions&apos; organisations (推動導入家數) add up to %1, not to the target of %2 organisations (推動家數); the subsidy cap follows the lower.</translation>
    </message>
    <message>
        <source>Documents due with the plan (補件)</source>
        <translation>Documents due with the plan (補件)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>intended organisations are marked as having a letter of intent (意向書)</source>
        <translation>intended organisations are marked as having a letter of intent (意向書)</translation>
    </message>
    <message>
        <source>the applicant declares a relation to a public official (公職人員利益衝突迴避法 第14條)</source>
        <translation>the applicant declares a relation to a public official (公職人員利益衝突迴避法 第14條)</translation>
    </message>
    <message>
        <source>%1 is budgeted</source>
        <translation>%1 is budgeted</translation>
    </message>
    <message>
        <source>%1 is missing (補件): it is due because %2 (%3).</source>
        <translation>%1 is missing (補件): it is due because %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not a PDF file; documents are uploaded as PDF (補件).</source>
        <translation>%1 is not a PDF file; documents are uploaded as PDF (補件).</translation>
    </message>
    <message>
        <source>Similar proposal text</source>
        <translation>Similar proposal text</translation>
    </message>
    <message>
        <source>%1: %2 of its text is also in %3 of %4 (%5 of that document); compare the passages side by side.</source>
        <translation>%1: %2 of its text is also in %3 of %4 (%5 of that document); compare the passages side by side.</translation>
    </message>
    <message>
        <source>%1: %2 of its text is also in %3 of %4 in the round “%6” (%5 of that document); compare the passages side by side.</source>
        <translation>%1: %2 of its text is also in %3 of %4 in the round “%6” (%5 of that document); compare the passages side by side.</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Pass after revision</source>
        <translation>Pass after revision</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>%1&apos;s total is %2 points from the others&apos; mean</source>
        <translation>%1&apos;s total is %2 points from the others&apos; mean</translation>
    </message>
    <message>
        <source>%1&apos;s rank is %2 places from the others&apos; median rank</source>
        <translation>%1&apos;s rank is %2 places from the others&apos; median rank</translation>
    </message>
    <message>
        <source>scores on %1 span %2 points</source>
        <translation>scores on %1 span %2 points</translation>
    </message>
    <message>
        <source>%1 has not returned a sheet</source>
        <translation>%1 has not returned a sheet</translation>
    </message>
    <message>
        <source>%1&apos;s sheet is not complete</source>
        <translation>%1&apos;s sheet is not complete</translation>
    </message>
    <message>
        <source>%1&apos;s later return changed this sheet</source>
        <translation>%1&apos;s later return changed this sheet</translation>
    </message>
    <message>
        <source>too few sheets count (%1)</source>
        <translation>too few sheets count (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 members are present; the meeting needs %3.</source>
        <translation>%1 of %2 members are present; the meeting needs %3.</translation>
    </message>
    <message>
        <source>%1: no decision yet.</source>
        <translation>%1: no decision yet.</translation>
    </message>
    <message>
        <source>%1: %2 marked difference(s) not yet handled by resolution (議決) or re-scoring (複評).</source>
        <translation>%1: %2 marked difference(s) not yet handled by resolution (議決) or re-scoring (複評).</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Member %1</translation>
    </message>
    <message>
        <source>The round&apos;s results are final. Reopen them, giving the reason, before changing anything.</source>
        <translation>The round&apos;s results are final. Reopen them, giving the reason, before changing anything.</translation>
    </message>
    <message>
        <source>The chair must be a member of the round&apos;s committee.</source>
        <translation>The chair must be a member of the round&apos;s committee.</translation>
    </message>
    <message>
        <source>The application is not in this round.</source>
        <translation>The application is not in this round.</translation>
    </message>
    <message>
        <source>%1&apos;s sheet for %2 does not count (not assigned, conflicted or not complete), so it cannot be revised.</source>
        <translation>%1&apos;s sheet for %2 does not count (not assigned, conflicted or not complete), so it cannot be revised.</translation>
    </message>
    <message>
        <source>%1 is not recorded as present; only members at the meeting revise their scores.</source>
        <translation>%1 is not recorded as present; only members at the meeting revise their scores.</translation>
    </message>
    <message>
        <source>The rubric has no criterion &quot;%1&quot;.</source>
        <translation>The rubric has no criterion &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The score for &quot;%1&quot; must lie between 0 and %2, with at most one decimal.</source>
        <translation>The score for &quot;%1&quot; must lie between 0 and %2, with at most one decimal.</translation>
    </message>
    <message>
        <source>A revised score needs the reason for the revision.</source>
        <translation>A revised score needs the reason for the revision.</translation>
    </message>
    <message>
        <source>%1&apos;s score for &quot;%2&quot; is already %3.</source>
        <translation>%1&apos;s score for &quot;%2&quot; is already %3.</translation>
    </message>
    <message>
        <source>A resolution (議決) needs the committee&apos;s note of what it decided.</source>
        <translation>A resolution (議決) needs the committee&apos;s note of what it decided.</translation>
    </message>
    <message>
        <source>%1 has no marked difference &quot;%2&quot; to resolve.</source>
        <translation>%1 has no marked difference &quot;%2&quot; to resolve.</translation>
    </message>
    <message>
        <source>%1: no score sheet counts yet, so the committee cannot decide.</source>
        <translation>%1: no score sheet counts yet, so the committee cannot decide.</translation>
    </message>
    <message>
        <source>%1 of %2 members are present; the meeting needs %3 to decide.</source>
        <translation>%1 of %2 members are present; the meeting needs %3 to decide.</translation>
    </message>
    <message>
        <source>The votes (%1 for, %2 against, %3 abstaining) must add up to at most the %4 members present.</source>
        <translation>The votes (%1 for, %2 against, %3 abstaining) must add up to at most the %4 members present.</translation>
    </message>
    <message>
        <source>%1 votes for are not more than half of the %2 members present.</source>
        <translation>%1 votes for are not more than half of the %2 members present.</translation>
    </message>
    <message>
        <source>Pass after revision (修正後通過) needs the conditions the applicant must meet.</source>
        <translation>Pass after revision (修正後通過) needs the conditions the applicant must meet.</translation>
    </message>
    <message>
        <source>%1: the decision departs from the preliminary opinion (初審意見); give the reason.</source>
        <translation>%1: the decision departs from the preliminary opinion (初審意見); give the reason.</translation>
    </message>
    <message>
        <source>The results cannot be final yet:</source>
        <translation>The results cannot be final yet:</translation>
    </message>
    <message>
        <source>The round&apos;s results are not final.</source>
        <translation>The round&apos;s results are not final.</translation>
    </message>
    <message>
        <source>Reopening final results needs the reason, which stays on the record.</source>
        <translation>Reopening final results needs the reason, which stays on the record.</translation>
    </message>
    <message>
        <source>%1, sheet of %2: %3</source>
        <translation>%1, sheet of %2: %3</translation>
    </message>
    <message>
        <source>%1 is not eligible in screening (資格文件審查) (%2: %3); the committee decides only on eligible applications.</source>
        <translation>%1 is not eligible in screening (資格文件審查) (%2: %3); the committee decides only on eligible applications.</translation>
    </message>
    <message>
        <source>%1: the mean of %2 is below the pass mark of %3; give the reason it passes.</source>
        <translation>%1: the mean of %2 is below the pass mark of %3; give the reason it passes.</translation>
    </message>
    <message>
        <source>%1: the mean of %2 reaches the pass mark of %3; give the reason it fails.</source>
        <translation>%1: the mean of %2 reaches the pass mark of %3; give the reason it fails.</translation>
    </message>
    <message>
        <source>%1: a decision to fail (不通過) approves no subsidy.</source>
        <translation>%1: a decision to fail (不通過) approves no subsidy.</translation>
    </message>
    <message>
        <source>The committee has %1 members; it needs %2 to %3 (採購評選委員會組織準則 第4條).</source>
        <translation>The committee has %1 members; it needs %2 to %3 (採購評選委員會組織準則 第4條).</translation>
    </message>
    <message>
        <source>%1 of the %2 members are external experts (外聘); at least %3 % are needed (組織準則 第4條).</source>
        <translation>%1 of the %2 members are external experts (外聘); at least %3 % are needed (組織準則 第4條).</translation>
    </message>
    <message>
        <source>%1 external experts (外聘) of %2 members are present; at least %3 and at least %4 % of those present are needed (審議規則 第9條).</source>
        <translation>%1 external experts (外聘) of %2 members are present; at least %3 and at least %4 % of those present are needed (審議規則 第9條).</translation>
    </message>
    <message>
        <source>tied at %1 with another application on every criterion too: the committee orders them by resolution (議決) or lot (抽籤)</source>
        <translation>tied at %1 with another application on every criterion too: the committee orders them by resolution (議決) or lot (抽籤)</translation>
    </message>
    <message>
        <source>%1 marked “%2” not met (不符合)</source>
        <translation>%1 marked “%2” not met (不符合)</translation>
    </message>
</context>
<context>
    <name>MeetingDialogs</name>
    <message>
        <source>Attendance and meeting details</source>
        <translation>Attendance and meeting details</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>e.g. 2025-03-12 14:00</source>
        <translation>e.g. 2025-03-12 14:00</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Recorder:</source>
        <translation>&amp;Recorder:</translation>
    </message>
    <message>
        <source>Members present:</source>
        <translation>Members present:</translation>
    </message>
    <message>
        <source>%1 of %2 present; the meeting needs %3 (採購評選委員會審議規則 第9條).</source>
        <translation>%1 of %2 present; the meeting needs %3 (採購評選委員會審議規則 第9條).</translation>
    </message>
    <message>
        <source>Revise a score (複評)</source>
        <translation>Revise a score (複評)</translation>
    </message>
    <message>
        <source>Reason for the revision</source>
        <translation>Reason for the revision</translation>
    </message>
    <message>
        <source>Now %1, as returned %2 (maximum %3)</source>
        <translation>Now %1, as returned %2 (maximum %3)</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>&amp;Criterion:</translation>
    </message>
    <message>
        <source>&amp;Revised score:</source>
        <translation>&amp;Revised score:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>None of the members whose sheets count for this application is recorded as present.</source>
        <translation>None of the members whose sheets count for this application is recorded as present.</translation>
    </message>
    <message>
        <source>Resolution (議決)</source>
        <translation>Resolution (議決)</translation>
    </message>
    <message>
        <source>%1

What the committee resolved about this difference:</source>
        <translation>%1

What the committee resolved about this difference:</translation>
    </message>
    <message>
        <source>Reopen the results</source>
        <translation>Reopen the results</translation>
    </message>
    <message>
        <source>The results are final. Why are they reopened? The reason stays on the record and in the minutes.</source>
        <translation>The results are final. Why are they reopened? The reason stays on the record and in the minutes.</translation>
    </message>
    <message>
        <source>The committee&apos;s resolution</source>
        <translation>The committee&apos;s resolution</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Reason for reopening</translation>
    </message>
</context>
<context>
    <name>PackageDialogs</name>
    <message>
        <source>Folder for the reviewer packages</source>
        <translation>Folder for the reviewer packages</translation>
    </message>
    <message>
        <source>Writing reviewer packages…</source>
        <translation>Writing reviewer packages…</translation>
    </message>
    <message>
        <source>%1: %2 applications → %3</source>
        <translation>%1: %2 applications → %3</translation>
    </message>
    <message>
        <source>    left out (conflict): %1</source>
        <translation>    left out (conflict): %1</translation>
    </message>
    <message>
        <source>Cancelled; the packages above were written.</source>
        <translation>Cancelled; the packages above were written.</translation>
    </message>
    <message>
        <source>Reviewer packages</source>
        <translation>Reviewer packages</translation>
    </message>
    <message>
        <source>Open a reviewer package</source>
        <translation>Open a reviewer package</translation>
    </message>
    <message>
        <source>Reviewer packages (*.rdpkg *.zip)</source>
        <translation>Reviewer packages (*.rdpkg *.zip)</translation>
    </message>
    <message>
        <source>Checking and opening the package…</source>
        <translation>Checking and opening the package…</translation>
    </message>
    <message>
        <source>Reviewer package</source>
        <translation>Reviewer package</translation>
    </message>
    <message>
        <source>Save the score return</source>
        <translation>Save the score return</translation>
    </message>
    <message>
        <source>Score returns (*.rdret)</source>
        <translation>Score returns (*.rdret)</translation>
    </message>
    <message>
        <source>Score return</source>
        <translation>Score return</translation>
    </message>
    <message>
        <source>Send your private page notes with the return as well?</source>
        <translation>Send your private page notes with the return as well?</translation>
    </message>
    <message>
        <source>Writing the score return…</source>
        <translation>Writing the score return…</translation>
    </message>
    <message>
        <source>%1 sheets written to %2.</source>
        <translation>%1 sheets written to %2.</translation>
    </message>
    <message>
        <source>Not complete, not sent:
%1</source>
        <translation>Not complete, not sent:
%1</translation>
    </message>
    <message>
        <source>Import a score return</source>
        <translation>Import a score return</translation>
    </message>
    <message>
        <source>Score returns (*.rdret *.zip)</source>
        <translation>Score returns (*.rdret *.zip)</translation>
    </message>
    <message>
        <source>Checking the score return…</source>
        <translation>Checking the score return…</translation>
    </message>
    <message>
        <source>Replace the earlier return?</source>
        <translation>Replace the earlier return?</translation>
    </message>
    <message>
        <source>%1 already sent a return for this round (imported %2). Replace it with this one? The earlier return is kept as history.</source>
        <translation>%1 already sent a return for this round (imported %2). Replace it with this one? The earlier return is kept as history.</translation>
    </message>
    <message>
        <source>Importing the score return…</source>
        <translation>Importing the score return…</translation>
    </message>
    <message>
        <source>%1: %2 sheets imported (%3 declared conflicts).</source>
        <translation>%1: %2 sheets imported (%3 declared conflicts).</translation>
    </message>
    <message>
        <source>each printed score sheet (評分表)</source>
        <translation>each printed score sheet (評分表)</translation>
    </message>
    <message>
        <source>No certificate was registered for you when this package was made. The secretariat accepts signed sheets only with the certificate it has registered for you: tell it which one you sign with.</source>
        <translation>No certificate was registered for you when this package was made. The secretariat accepts signed sheets only with the certificate it has registered for you: tell it which one you sign with.</translation>
    </message>
    <message>
        <source>%1 already holds other files, and a review workspace needs a folder of its own.

Create the folder %2 in it for this package?</source>
        <translation>%1 already holds other files, and a review workspace needs a folder of its own.

Create the folder %2 in it for this package?</translation>
    </message>
    <message>
        <source>Choose a folder for your review workspace</source>
        <translation>Choose a folder for your review workspace</translation>
    </message>
    <message>
        <source>score-return_%1_%2_%3.rdret</source>
        <translation>score-return_%1_%2_%3.rdret</translation>
    </message>
    <message>
        <source>Only a member&apos;s review workspace sends a score return.</source>
        <translation>Only a member&apos;s review workspace sends a score return.</translation>
    </message>
    <message numerus="yes">
        <source>There is nothing to send yet: none of your %n sheet(s) is marked complete or declared a conflict.</source>
        <translation>
            <numerusform>There is nothing to send yet: your %n sheet is not marked complete or declared a conflict.</numerusform>
            <numerusform>There is nothing to send yet: none of your %n sheets is marked complete or declared a conflict.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageNotes</name>
    <message>
        <source>A note needs some text.</source>
        <translation>A note needs some text.</translation>
    </message>
    <message>
        <source>document %1 has no page %2</source>
        <translation>document %1 has no page %2</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>%1 cannot be opened as a PDF</source>
        <translation>%1 cannot be opened as a PDF</translation>
    </message>
</context>
<context>
    <name>PdfOcr</name>
    <message>
        <source>Tesseract&apos;s Traditional Chinese and English data are not installed (tesseract-ocr-chi-tra, tesseract-ocr-eng)</source>
        <translation>Tesseract&apos;s Traditional Chinese and English data are not installed (tesseract-ocr-chi-tra, tesseract-ocr-eng)</translation>
    </message>
</context>
<context>
    <name>PdfTextExtractor</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the PDF reader stopped responding on this file</source>
        <translation>the PDF reader stopped responding on this file</translation>
    </message>
    <message>
        <source>the PDF reader crashed on this file</source>
        <translation>the PDF reader crashed on this file</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged or not a PDF at all)</source>
        <translation>not a readable PDF (damaged or not a PDF at all)</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>the PDF is password-protected</translation>
    </message>
    <message>
        <source>the PDF reader (reviewdesk-pdfworker) could not be started; reinstall ReviewDesk</source>
        <translation>the PDF reader (reviewdesk-pdfworker) could not be started; reinstall ReviewDesk</translation>
    </message>
    <message>
        <source>the PDF is too large to read: the reader needed more than its share of this computer&apos;s memory</source>
        <translation>the PDF is too large to read: the reader needed more than its share of this computer&apos;s memory</translation>
    </message>
</context>
<context>
    <name>PreliminaryOpinions</name>
    <message>
        <source>Meets the requirements</source>
        <translation>Meets the requirements</translation>
    </message>
    <message>
        <source>Partly meets the requirements</source>
        <translation>Partly meets the requirements</translation>
    </message>
    <message>
        <source>Does not meet the requirements</source>
        <translation>Does not meet the requirements</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>there is no application %1</source>
        <translation>there is no application %1</translation>
    </message>
    <message>
        <source>“%1” is not a criterion of the round&apos;s rubric; it has %2</source>
        <translation>“%1” is not a criterion of the round&apos;s rubric; it has %2</translation>
    </message>
    <message>
        <source>the preliminary opinion is empty</source>
        <translation>the preliminary opinion is empty</translation>
    </message>
</context>
<context>
    <name>ProposalComparison</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>ReviewPackage</name>
    <message>
        <source>This is a reviewer&apos;s workspace; packages are made by the secretariat.</source>
        <translation>This is a reviewer&apos;s workspace; packages are made by the secretariat.</translation>
    </message>
    <message>
        <source>Round &quot;%1&quot; has no rubric yet: %2</source>
        <translation>Round &quot;%1&quot; has no rubric yet: %2</translation>
    </message>
    <message>
        <source>There is no reviewer %1.</source>
        <translation>There is no reviewer %1.</translation>
    </message>
    <message>
        <source>The document %1 of %2 cannot be read from the workspace: %3</source>
        <translation>The document %1 of %2 cannot be read from the workspace: %3</translation>
    </message>
    <message>
        <source>%1 has no application to review in round &quot;%2&quot;.</source>
        <translation>%1 has no application to review in round &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The package&apos;s rubric is not the one its manifest names.</source>
        <translation>The package&apos;s rubric is not the one its manifest names.</translation>
    </message>
    <message>
        <source>The package&apos;s copy of %1 is not the document it names.</source>
        <translation>The package&apos;s copy of %1 is not the document it names.</translation>
    </message>
    <message>
        <source>ReviewDesk reviewer package</source>
        <translation>ReviewDesk reviewer package</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>declared by the member: %1</source>
        <translation>declared by the member: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>screening (資格文件審查): %1 — %2</source>
        <translation>screening (資格文件審查): %1 — %2</translation>
    </message>
    <message>
        <source>The stored application.json of %1 cannot be read: %2</source>
        <translation>The stored application.json of %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The package&apos;s OCR text of %1, page %2, is damaged.</source>
        <translation>The package&apos;s OCR text of %1, page %2, is damaged.</translation>
    </message>
</context>
<context>
    <name>ReviewerStore</name>
    <message>
        <source>a committee member needs a name</source>
        <translation>a committee member needs a name</translation>
    </message>
    <message>
        <source>there is no committee member %1</source>
        <translation>there is no committee member %1</translation>
    </message>
    <message>
        <source>there is no application %1</source>
        <translation>there is no application %1</translation>
    </message>
    <message>
        <source>the committee member has a conflict with this application (%1); give a reason to assign them anyway</source>
        <translation>the committee member has a conflict with this application (%1); give a reason to assign them anyway</translation>
    </message>
    <message>
        <source>the application is not found eligible (符合) in screening (資格文件審查) (%1: %2); only eligible applications are assigned</source>
        <translation>the application is not found eligible (符合) in screening (資格文件審查) (%1: %2); only eligible applications are assigned</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>secretariat</source>
        <translation>secretariat</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chair</translation>
    </message>
    <message>
        <source>committee member</source>
        <translation>committee member</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</translation>
    </message>
    <message>
        <source>Certificate %1 is registered for the committee member %2; a member&apos;s certificate cannot also act for the secretariat.</source>
        <translation>Certificate %1 is registered for the committee member %2; a member&apos;s certificate cannot also act for the secretariat.</translation>
    </message>
    <message>
        <source>no chair (召集人) is recorded for the meeting</source>
        <translation>no chair (召集人) is recorded for the meeting</translation>
    </message>
    <message>
        <source>no certificate is registered for the %1</source>
        <translation>no certificate is registered for the %1</translation>
    </message>
    <message>
        <source>certificate %1 is not the one registered for the %2 (%3)</source>
        <translation>certificate %1 is not the one registered for the %2 (%3)</translation>
    </message>
    <message>
        <source>certificate %1 belongs to the %2, not to the %3</source>
        <translation>certificate %1 belongs to the %2, not to the %3</translation>
    </message>
</context>
<context>
    <name>RoundArchive</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>cannot create a temporary folder</translation>
    </message>
    <message>
        <source>Archive certificate</source>
        <translation>Archive certificate</translation>
    </message>
    <message>
        <source>cannot write the archive certificate</source>
        <translation>cannot write the archive certificate</translation>
    </message>
    <message>
        <source>Round archive certificate (封存證明)</source>
        <translation>Round archive certificate (封存證明)</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Round: %1</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archived: %1</translation>
    </message>
    <message>
        <source>Files listed in the manifest: %1</source>
        <translation>Files listed in the manifest: %1</translation>
    </message>
    <message>
        <source>SHA-256 of manifest.json:</source>
        <translation>SHA-256 of manifest.json:</translation>
    </message>
    <message>
        <source>Every file of this archive is listed in manifest.json with its SHA-256. This certificate binds that manifest: changing any file, or the manifest, is detected by reviewdesk-cli verify.</source>
        <translation>Every file of this archive is listed in manifest.json with its SHA-256. This certificate binds that manifest: changing any file, or the manifest, is detected by reviewdesk-cli verify.</translation>
    </message>
    <message>
        <source>Secretariat&apos;s digital signature</source>
        <translation>Secretariat&apos;s digital signature</translation>
    </message>
    <message>
        <source>Manifest SHA-256 %1…</source>
        <translation>Manifest SHA-256 %1…</translation>
    </message>
    <message>
        <source>the stored file %1 for %2 is missing from the workspace</source>
        <translation>the stored file %1 for %2 is missing from the workspace</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Audit trail: %1 events, the last with SHA-256 %2</source>
        <translation>Audit trail: %1 events, the last with SHA-256 %2</translation>
    </message>
    <message>
        <source>This round accepted unsigned score sheets from members without a registered certificate.</source>
        <translation>This round accepted unsigned score sheets from members without a registered certificate.</translation>
    </message>
    <message>
        <source>The archive is certified by the secretariat: %1.</source>
        <translation>The archive is certified by the secretariat: %1.</translation>
    </message>
</context>
<context>
    <name>RoundData</name>
    <message>
        <source>the stored return does not match the digest it was received with</source>
        <translation>the stored return does not match the digest it was received with</translation>
    </message>
    <message>
        <source>no score return brought this sheet</source>
        <translation>no score return brought this sheet</translation>
    </message>
    <message>
        <source>the sheet in the database differs from the sheet as returned</source>
        <translation>the sheet in the database differs from the sheet as returned</translation>
    </message>
    <message>
        <source>the returned sheet is missing from the database</source>
        <translation>the returned sheet is missing from the database</translation>
    </message>
</context>
<context>
    <name>RoundSettings</name>
    <message>
        <source>the ranking method is mean or rank_sum, not &quot;%1&quot;</source>
        <translation>the ranking method is mean or rank_sum, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation>%1 must be a number from %2 to %3</translation>
    </message>
    <message>
        <source>member_codes must be true or false</source>
        <translation>member_codes must be true or false</translation>
    </message>
    <message>
        <source>unsigned_returns must be true or false</source>
        <translation>unsigned_returns must be true or false</translation>
    </message>
    <message>
        <source>time_stamping is the http or https address of a time-stamping service, or empty</source>
        <translation>time_stamping is the http or https address of a time-stamping service, or empty</translation>
    </message>
    <message>
        <source>committee sizes are whole numbers</source>
        <translation>committee sizes are whole numbers</translation>
    </message>
    <message>
        <source>committee_minimum must not exceed committee_maximum</source>
        <translation>committee_minimum must not exceed committee_maximum</translation>
    </message>
    <message>
        <source>tie_break is heaviest_criterion or median_rank_sum, not &quot;%1&quot;</source>
        <translation>tie_break is heaviest_criterion or median_rank_sum, not &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>%1 is not a valid rubric: %2</source>
        <translation>%1 is not a valid rubric: %2</translation>
    </message>
    <message>
        <source>%1: “format” must be “%2”</source>
        <translation>%1: “format” must be “%2”</translation>
    </message>
    <message>
        <source>%1: a rubric needs “id”, “version” and “name.zh_TW”</source>
        <translation>%1: a rubric needs “id”, “version” and “name.zh_TW”</translation>
    </message>
    <message>
        <source>%1: “scale” is “%2”; expected points or percent</source>
        <translation>%1: “scale” is “%2”; expected points or percent</translation>
    </message>
    <message>
        <source>%1: an item of “%2” has no “id”</source>
        <translation>%1: an item of “%2” has no “id”</translation>
    </message>
    <message>
        <source>%1: the id “%2” is used twice</source>
        <translation>%1: the id “%2” is used twice</translation>
    </message>
    <message>
        <source>%1: criterion “%2” has no name</source>
        <translation>%1: criterion “%2” has no name</translation>
    </message>
    <message>
        <source>%1: criterion “%2” needs a positive “weight”</source>
        <translation>%1: criterion “%2” needs a positive “weight”</translation>
    </message>
    <message>
        <source>%1: the criteria&apos;s weights add up to %2, not 100</source>
        <translation>%1: the criteria&apos;s weights add up to %2, not 100</translation>
    </message>
    <message>
        <source>%1: checklist item “%2” has no name</source>
        <translation>%1: checklist item “%2” has no name</translation>
    </message>
    <message>
        <source>%1: the rubric has neither criteria nor checklist items</source>
        <translation>%1: the rubric has neither criteria nor checklist items</translation>
    </message>
    <message>
        <source>%1: each recommendation needs a unique “id” and a name</source>
        <translation>%1: each recommendation needs a unique “id” and a name</translation>
    </message>
    <message>
        <source>%1: the rubric lists no recommendations</source>
        <translation>%1: the rubric lists no recommendations</translation>
    </message>
    <message>
        <source>the rubric “%1” is not installed</source>
        <translation>the rubric “%1” is not installed</translation>
    </message>
    <message>
        <source>%1: category “%2” needs a unique id numbered under “%3” and a name</source>
        <translation>%1: category “%2” needs a unique id numbered under “%3” and a name</translation>
    </message>
    <message>
        <source>%1: “presentation” needs talk_minutes above 0 and question_minutes from 0, both at most 240</source>
        <translation>%1: “presentation” needs talk_minutes above 0 and question_minutes from 0, both at most 240</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>unknown rule “%1”</source>
        <translation>unknown rule “%1”</translation>
    </message>
    <message>
        <source>rule “%1” needs the parameter “%2”</source>
        <translation>rule “%1” needs the parameter “%2”</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>%1 is not a valid rule set: %2</source>
        <translation>%1 is not a valid rule set: %2</translation>
    </message>
    <message>
        <source>%1: “format” must be “%2”</source>
        <translation>%1: “format” must be “%2”</translation>
    </message>
    <message>
        <source>%1: the rule set has no “id”</source>
        <translation>%1: the rule set has no “id”</translation>
    </message>
    <message>
        <source>%1: rule %2 (“%3”) has severity “%4”; expected error or warning</source>
        <translation>%1: rule %2 (“%3”) has severity “%4”; expected error or warning</translation>
    </message>
    <message>
        <source>%1: rule “%2” does not cite its source</source>
        <translation>%1: rule “%2” does not cite its source</translation>
    </message>
    <message>
        <source>%1: rule “%2” appears twice</source>
        <translation>%1: rule “%2” appears twice</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the rule set “%1” is not installed</source>
        <translation>the rule set “%1” is not installed</translation>
    </message>
</context>
<context>
    <name>SafeZip</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1: an entry name is neither UTF-8 nor Big5 (%2)</source>
        <translation>%1: an entry name is neither UTF-8 nor Big5 (%2)</translation>
    </message>
    <message>
        <source>%1: an entry has an empty name</source>
        <translation>%1: an entry has an empty name</translation>
    </message>
    <message>
        <source>%1: the entry “%2” has an absolute path</source>
        <translation>%1: the entry “%2” has an absolute path</translation>
    </message>
    <message>
        <source>%1: the entry “%2” points outside the archive (“..”)</source>
        <translation>%1: the entry “%2” points outside the archive (“..”)</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries; refused as a possible ZIP bomb</source>
        <translation>%1 has more than %2 entries; refused as a possible ZIP bomb</translation>
    </message>
    <message>
        <source>%1: the ZIP directory is damaged</source>
        <translation>%1: the ZIP directory is damaged</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is a symbolic link</source>
        <translation>%1: the entry “%2” is a symbolic link</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is password-protected</source>
        <translation>%1: the entry “%2” is password-protected</translation>
    </message>
    <message>
        <source>%1: the entry “%2” would unpack to %3 MB, over the limit of %4 MB</source>
        <translation>%1: the entry “%2” would unpack to %3 MB, over the limit of %4 MB</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is compressed more than %3:1; refused as a possible ZIP bomb</source>
        <translation>%1: the entry “%2” is compressed more than %3:1; refused as a possible ZIP bomb</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB; refused as a possible ZIP bomb</source>
        <translation>%1 would unpack to more than %2 MB; refused as a possible ZIP bomb</translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP archive</source>
        <translation>%1 is not a readable ZIP archive</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1: the entry “%2” cannot be read</source>
        <translation>%1: the entry “%2” cannot be read</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is damaged</source>
        <translation>%1: the entry “%2” is damaged</translation>
    </message>
    <message>
        <source>%1: the entry “%2” unpacks to more than it declares; refused</source>
        <translation>%1: the entry “%2” unpacks to more than it declares; refused</translation>
    </message>
    <message>
        <source>%1: the entry “%2” fails its checksum</source>
        <translation>%1: the entry “%2” fails its checksum</translation>
    </message>
    <message>
        <source>%1: the entry “%2” has a control character in its name</source>
        <translation>%1: the entry “%2” has a control character in its name</translation>
    </message>
    <message>
        <source>%1 has a directory of %2 MB; refused</source>
        <translation>%1 has a directory of %2 MB; refused</translation>
    </message>
    <message>
        <source>%1: the end record claims %2 entries but the directory holds %3; refused</source>
        <translation>%1: the end record claims %2 entries but the directory holds %3; refused</translation>
    </message>
    <message>
        <source>%1: the entry “%2” has a local header that does not match the directory</source>
        <translation>%1: the entry “%2” has a local header that does not match the directory</translation>
    </message>
    <message>
        <source>%1: the entries “%2” and “%3” overlap; refused as a possible ZIP bomb</source>
        <translation>%1: the entries “%2” and “%3” overlap; refused as a possible ZIP bomb</translation>
    </message>
    <message>
        <source>%1: the entries “%2” and “%3” would be one file on Windows and macOS; refused</source>
        <translation>%1: the entries “%2” and “%3” would be one file on Windows and macOS; refused</translation>
    </message>
    <message>
        <source>%1 would unpack %2 MB from %3 KB, more than %4:1 in all; refused as a possible ZIP bomb</source>
        <translation>%1 would unpack %2 MB from %3 KB, more than %4:1 in all; refused as a possible ZIP bomb</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: an entry name is %2 bytes long; refused</source>
        <translation>%1: an entry name is %2 bytes long; refused</translation>
    </message>
    <message>
        <source>%1: the entry “%2” uses compression method %3; ReviewDesk reads stored and deflated entries</source>
        <translation>%1: the entry “%2” uses compression method %3; ReviewDesk reads stored and deflated entries</translation>
    </message>
    <message>
        <source>%1: the entry “%2” appears twice in the archive; refused</source>
        <translation>%1: the entry “%2” appears twice in the archive; refused</translation>
    </message>
</context>
<context>
    <name>ScanNote</name>
    <message numerus="yes">
        <source>Scanned: %n page(s) of this document are images without text.</source>
        <translation>
            <numerusform>Scanned: %n page of this document is an image without text.</numerusform>
            <numerusform>Scanned: %n pages of this document are images without text.</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR read %1 of them (mean confidence %2 %); search finds that text and marks the words where they were read. Check figures against the image.</source>
        <translation>OCR read %1 of them (mean confidence %2 %); search finds that text and marks the words where they were read. Check figures against the image.</translation>
    </message>
    <message numerus="yes">
        <source>OCR could not read %n page(s).</source>
        <translation>
            <numerusform>OCR could not read %n page.</numerusform>
            <numerusform>OCR could not read %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) wait for OCR.</source>
        <translation>
            <numerusform>%n page waits for OCR.</numerusform>
            <numerusform>%n pages wait for OCR.</numerusform>
        </translation>
    </message>
    <message>
        <source> </source>
        <comment>between the sentences of a note; Chinese needs none (a zero-width space)</comment>
        <translation> </translation>
    </message>
</context>
<context>
    <name>ScannedCopy</name>
    <message>
        <source>%1 is not a readable PDF</source>
        <translation>%1 is not a readable PDF</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
</context>
<context>
    <name>ScoreReturn</name>
    <message>
        <source>This is not a reviewer&apos;s workspace: score returns are made from an imported package.</source>
        <translation>This is not a reviewer&apos;s workspace: score returns are made from an imported package.</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>cannot create a temporary folder</translation>
    </message>
    <message>
        <source>No score sheet is complete yet; mark a sheet complete before sending a return.</source>
        <translation>No score sheet is complete yet; mark a sheet complete before sending a return.</translation>
    </message>
    <message>
        <source>ReviewDesk score return</source>
        <translation>ReviewDesk score return</translation>
    </message>
    <message>
        <source>%1 answers a package from another workspace, not one issued here.</source>
        <translation>%1 answers a package from another workspace, not one issued here.</translation>
    </message>
    <message>
        <source>%1 answers package %2, which this workspace never issued.</source>
        <translation>%1 answers package %2, which this workspace never issued.</translation>
    </message>
    <message>
        <source>%1 names another reviewer or round than the package it answers.</source>
        <translation>%1 names another reviewer or round than the package it answers.</translation>
    </message>
    <message>
        <source>%1 was scored with another rubric version than the round&apos;s %2 %3.</source>
        <translation>%1 was scored with another rubric version than the round&apos;s %2 %3.</translation>
    </message>
    <message>
        <source>%1, sheet for application %2: %3</source>
        <translation>%1, sheet for application %2: %3</translation>
    </message>
    <message>
        <source>the return holds it twice</source>
        <translation>the return holds it twice</translation>
    </message>
    <message>
        <source>it is not one of this reviewer&apos;s assignments</source>
        <translation>it is not one of this reviewer&apos;s assignments</translation>
    </message>
    <message>
        <source>the reviewer has a conflict of interest with it (%1)</source>
        <translation>the reviewer has a conflict of interest with it (%1)</translation>
    </message>
    <message>
        <source>its data does not match its SHA-256</source>
        <translation>its data does not match its SHA-256</translation>
    </message>
    <message>
        <source>its data is for another application</source>
        <translation>its data is for another application</translation>
    </message>
    <message>
        <source>the sheet is not complete</source>
        <translation>the sheet is not complete</translation>
    </message>
    <message>
        <source>%1 holds no score sheet.</source>
        <translation>%1 holds no score sheet.</translation>
    </message>
    <message>
        <source>%1 already sent a return for this round (imported %2); confirm to replace it. The earlier return is kept as history.</source>
        <translation>%1 already sent a return for this round (imported %2); confirm to replace it. The earlier return is kept as history.</translation>
    </message>
    <message>
        <source>its printed sheet is not signed, but the member&apos;s certificate is registered</source>
        <translation>its printed sheet is not signed, but the member&apos;s certificate is registered</translation>
    </message>
    <message>
        <source>the signature of its printed sheet is %1</source>
        <translation>the signature of its printed sheet is %1</translation>
    </message>
    <message>
        <source>its printed sheet is signed by %1 with certificate %2, not with the member&apos;s registered certificate %3</source>
        <translation>its printed sheet is signed by %1 with certificate %2, not with the member&apos;s registered certificate %3</translation>
    </message>
    <message>
        <source>its signed printed sheet is bound to other data than the sheet it comes with</source>
        <translation>its signed printed sheet is bound to other data than the sheet it comes with</translation>
    </message>
    <message>
        <source>%1 carries no return number; it was made by an older ReviewDesk. Ask the member to export the return again.</source>
        <translation>%1 carries no return number; it was made by an older ReviewDesk. Ask the member to export the return again.</translation>
    </message>
    <message>
        <source>its printed sheet is not signed; the round requires signed sheets and no certificate is registered for the member</source>
        <translation>its printed sheet is not signed; the round requires signed sheets and no certificate is registered for the member</translation>
    </message>
    <message>
        <source>its printed sheet is signed by %1: %2</source>
        <translation>its printed sheet is signed by %1: %2</translation>
    </message>
    <message>
        <source>it was signed on %1, before its package was exported on %2: the signer&apos;s clock was set back</source>
        <translation>it was signed on %1, before its package was exported on %2: the signer&apos;s clock was set back</translation>
    </message>
    <message>
        <source>it claims to be signed on %1, in the future</source>
        <translation>it claims to be signed on %1, in the future</translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid now (valid %2 to %3)</source>
        <translation>the certificate of %1 is not valid now (valid %2 to %3)</translation>
    </message>
    <message>
        <source>its data was made for return %1 of package %2, not for this return (%3 of %4): a sheet from another return cannot be reused</source>
        <translation>its data was made for return %1 of package %2, not for this return (%3 of %4): a sheet from another return cannot be reused</translation>
    </message>
    <message>
        <source>%1 is return %2 of its package; the current return of %3 (number %4, imported %5) is newer. An older return cannot replace it.</source>
        <translation>%1 is return %2 of its package; the current return of %3 (number %4, imported %5) is newer. An older return cannot replace it.</translation>
    </message>
    <message>
        <source>The new return of %1 leaves out the sheet(s) for application(s) %2 that the current return holds. Withdraw each of them with the reason, or ask the member for a complete return.</source>
        <translation>The new return of %1 leaves out the sheet(s) for application(s) %2 that the current return holds. Withdraw each of them with the reason, or ask the member for a complete return.</translation>
    </message>
    <message>
        <source>The round has signed sheets time-stamped. %1 Connect to the network and export the return again.</source>
        <translation>The round has signed sheets time-stamped. %1 Connect to the network and export the return again.</translation>
    </message>
    <message>
        <source>the round has signed sheets time-stamped by %1, and this one carries no time stamp</source>
        <translation>the round has signed sheets time-stamped by %1, and this one carries no time stamp</translation>
    </message>
    <message>
        <source>its time stamp does not hold: %1</source>
        <translation>its time stamp does not hold: %1</translation>
    </message>
    <message>
        <source>it claims to be signed on %1, after its time stamp of %2</source>
        <translation>it claims to be signed on %1, after its time stamp of %2</translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Conflict declared</source>
        <translation>Conflict declared</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>This sheet is locked: a conflict of interest was declared.</source>
        <translation>This sheet is locked: a conflict of interest was declared.</translation>
    </message>
    <message>
        <source>The rubric %1 has no item &quot;%2&quot;.</source>
        <translation>The rubric %1 has no item &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is marked, not scored.</source>
        <translation>%1 is marked, not scored.</translation>
    </message>
    <message>
        <source>The score for %1 must be between 0 and %2.</source>
        <translation>The score for %1 must be between 0 and %2.</translation>
    </message>
    <message>
        <source>The score for %1 may have at most one decimal place.</source>
        <translation>The score for %1 may have at most one decimal place.</translation>
    </message>
    <message>
        <source>%1 is marked pass or fail.</source>
        <translation>%1 is marked pass or fail.</translation>
    </message>
    <message>
        <source>%1 is either set or not.</source>
        <translation>%1 is either set or not.</translation>
    </message>
    <message>
        <source>%1 is scored, not marked.</source>
        <translation>%1 is scored, not marked.</translation>
    </message>
    <message>
        <source>The rubric %1 has no recommendation &quot;%2&quot;.</source>
        <translation>The rubric %1 has no recommendation &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A conflict of interest was declared; this sheet is not scored.</source>
        <translation>A conflict of interest was declared; this sheet is not scored.</translation>
    </message>
    <message>
        <source>%1: no score yet.</source>
        <translation>%1: no score yet.</translation>
    </message>
    <message>
        <source>%1: a comment (審查意見) is required.</source>
        <translation>%1: a comment (審查意見) is required.</translation>
    </message>
    <message>
        <source>%1: not marked pass or fail yet.</source>
        <translation>%1: not marked pass or fail yet.</translation>
    </message>
    <message>
        <source>%1: say why it fails.</source>
        <translation>%1: say why it fails.</translation>
    </message>
    <message>
        <source>The overall comment is required.</source>
        <translation>The overall comment is required.</translation>
    </message>
    <message>
        <source>Choose a recommendation.</source>
        <translation>Choose a recommendation.</translation>
    </message>
    <message>
        <source>unknown sheet state &quot;%1&quot;</source>
        <translation>unknown sheet state &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a sheet entry has no item or repeats one</source>
        <translation>a sheet entry has no item or repeats one</translation>
    </message>
    <message>
        <source>the score of %1 is not a number</source>
        <translation>the score of %1 is not a number</translation>
    </message>
</context>
<context>
    <name>ScoreSheetEditor</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>No score sheet is open.</source>
        <translation>No score sheet is open.</translation>
    </message>
</context>
<context>
    <name>ScoreSheetPrint</name>
    <message>
        <source>Score sheet</source>
        <translation>Score sheet</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>SHA-256 of the sheet data: %1</source>
        <translation>SHA-256 of the sheet data: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Review round</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Conflict of interest declared</source>
        <translation>Conflict of interest declared</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Noted</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Sheet revision %1 · SHA-256 of the sheet data: %2</source>
        <translation>Sheet revision %1 · SHA-256 of the sheet data: %2</translation>
    </message>
    <message>
        <source>Reviewer&apos;s signature</source>
        <translation>Reviewer&apos;s signature</translation>
    </message>
    <message>
        <source>%1 · not digitally signed</source>
        <translation>%1 · not digitally signed</translation>
    </message>
    <message>
        <source>%1 · digitally signed</source>
        <translation>%1 · digitally signed</translation>
    </message>
</context>
<context>
    <name>ScoreSheetStore</name>
    <message>
        <source>application %1 does not exist</source>
        <translation>application %1 does not exist</translation>
    </message>
    <message>
        <source>score sheet %1 does not exist</source>
        <translation>score sheet %1 does not exist</translation>
    </message>
    <message>
        <source>reviewer %1 is not assigned to application %2</source>
        <translation>reviewer %1 is not assigned to application %2</translation>
    </message>
    <message>
        <source>This sheet is locked: a conflict of interest was declared.</source>
        <translation>This sheet is locked: a conflict of interest was declared.</translation>
    </message>
    <message>
        <source>The sheet is not complete yet: %1</source>
        <translation>The sheet is not complete yet: %1</translation>
    </message>
    <message>
        <source>Say what the conflict of interest is.</source>
        <translation>Say what the conflict of interest is.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>there is no application %1 in this workspace</source>
        <translation>there is no application %1 in this workspace</translation>
    </message>
    <message>
        <source>Eligible (符合)</source>
        <translation>Eligible (符合)</translation>
    </message>
    <message>
        <source>To supplement (限期補正)</source>
        <translation>To supplement (限期補正)</translation>
    </message>
    <message>
        <source>Not accepted (不予受理)</source>
        <translation>Not accepted (不予受理)</translation>
    </message>
    <message>
        <source>Not screened yet (待審)</source>
        <translation>Not screened yet (待審)</translation>
    </message>
    <message>
        <source>screening (資格文件審查) has no outcome yet</source>
        <translation>screening (資格文件審查) has no outcome yet</translation>
    </message>
    <message>
        <source>to supplement (補正) by %1: %2</source>
        <translation>to supplement (補正) by %1: %2</translation>
    </message>
    <message>
        <source>not supplemented by the deadline %1 (辦法第7條: 屆期未補正)</source>
        <translation>not supplemented by the deadline %1 (辦法第7條: 屆期未補正)</translation>
    </message>
    <message>
        <source>the screening (資格文件審查) outcome of application %1 is damaged: &quot;%2&quot;</source>
        <translation>the screening (資格文件審查) outcome of application %1 is damaged: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the application has error findings (%1): give the reason they are overridden to find it eligible (符合)</source>
        <translation>the application has error findings (%1): give the reason they are overridden to find it eligible (符合)</translation>
    </message>
    <message>
        <source>name what the applicant is to supplement or correct (補正)</source>
        <translation>name what the applicant is to supplement or correct (補正)</translation>
    </message>
    <message>
        <source>the deadline to supplement (補正) must be a day after today</source>
        <translation>the deadline to supplement (補正) must be a day after today</translation>
    </message>
    <message>
        <source>give the reason the application is not accepted (不予受理)</source>
        <translation>give the reason the application is not accepted (不予受理)</translation>
    </message>
    <message>
        <source>only an application to supplement (限期補正) has a deadline to extend</source>
        <translation>only an application to supplement (限期補正) has a deadline to extend</translation>
    </message>
    <message>
        <source>give the reason the deadline to supplement (補正) is extended</source>
        <translation>give the reason the deadline to supplement (補正) is extended</translation>
    </message>
    <message>
        <source>the new deadline must be later than %1 and after today</source>
        <translation>the new deadline must be later than %1 and after today</translation>
    </message>
    <message>
        <source>found eligible (符合) by the secretariat</source>
        <translation>found eligible (符合) by the secretariat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the review period starts when the application is found eligible (符合)</source>
        <translation>the review period starts when the application is found eligible (符合)</translation>
    </message>
    <message>
        <source>the review period was already extended once (004 捌、二(一) allows one month, once)</source>
        <translation>the review period was already extended once (004 捌、二(一) allows one month, once)</translation>
    </message>
    <message>
        <source>give the reason the review period is extended</source>
        <translation>give the reason the review period is extended</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>the recognised words of page %1 are damaged</source>
        <translation>the recognised words of page %1 are damaged</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Certificate password</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <source>Password or PIN for %1:</source>
        <translation>Password or PIN for %1:</translation>
    </message>
    <message>
        <source>Reading the certificate store…</source>
        <translation>Reading the certificate store…</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <source>Sign %1 with your certificate. The password or PIN is used for this signature only and is not kept.</source>
        <translation>Sign %1 with your certificate. The password or PIN is used for this signature only and is not kept.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>%1 — issued by %2, valid until %3</source>
        <translation>%1 — issued by %2, valid until %3</translation>
    </message>
    <message>
        <source> (on %1)</source>
        <translation> (on %1)</translation>
    </message>
    <message>
        <source> — not valid now</source>
        <translation> — not valid now</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation>Do not sign</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificate:</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Password or PIN</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>&amp;Password or PIN:</translation>
    </message>
    <message>
        <source>New certificate store</source>
        <translation>New certificate store</translation>
    </message>
    <message>
        <source>Your certificate store is created now. Choose the password that will protect your private keys:</source>
        <translation>Your certificate store is created now. Choose the password that will protect your private keys:</translation>
    </message>
    <message>
        <source>Import a certificate and its key</source>
        <translation>Import a certificate and its key</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Password of %1:</translation>
    </message>
    <message>
        <source>Password of your certificate store:</source>
        <translation>Password of your certificate store:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>The certificate store (%1) holds no certificate with a private key. Import a PKCS#12 file, or register your card reader&apos;s PKCS#11 module with reviewdesk-cli certs module.</source>
        <translation>The certificate store (%1) holds no certificate with a private key. Import a PKCS#12 file, or register your card reader&apos;s PKCS#11 module with reviewdesk-cli certs module.</translation>
    </message>
    <message>
        <source>&amp;Import PKCS#12…</source>
        <translation>&amp;Import PKCS#12…</translation>
    </message>
    <message>
        <source>Add a certificate and its key from a .p12 or .pfx file</source>
        <translation>Add a certificate and its key from a .p12 or .pfx file</translation>
    </message>
    <message>
        <source>The card reader&apos;s PKCS#11 module</source>
        <translation>The card reader&apos;s PKCS#11 module</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.so.*)</source>
        <translation>PKCS#11 modules (*.so *.so.*)</translation>
    </message>
    <message>
        <source>Registering the module…</source>
        <translation>Registering the module…</translation>
    </message>
    <message>
        <source>The module is registered. ReviewDesk reads the cards in that reader from its next start.</source>
        <translation>The module is registered. ReviewDesk reads the cards in that reader from its next start.</translation>
    </message>
    <message>
        <source>Card &amp;reader…</source>
        <translation>Card &amp;reader…</translation>
    </message>
    <message>
        <source>Register your card reader&apos;s PKCS#11 module, for 自然人憑證 or 工商憑證 cards</source>
        <translation>Register your card reader&apos;s PKCS#11 module, for 自然人憑證 or 工商憑證 cards</translation>
    </message>
    <message>
        <source> — registered for %1</source>
        <translation> — registered for %1</translation>
    </message>
    <message>
        <source>Registered for %1: the certificate with SHA-256 %2.</source>
        <translation>Registered for %1: the certificate with SHA-256 %2.</translation>
    </message>
    <message>
        <source>%1 is not the certificate registered for %2 (SHA-256 %3…). A signature with it would be refused where it is checked; choose the registered certificate, or ask the secretariat to register this one.</source>
        <translation>%1 is not the certificate registered for %2 (SHA-256 %3…). A signature with it would be refused where it is checked; choose the registered certificate, or ask the secretariat to register this one.</translation>
    </message>
</context>
<context>
    <name>SignedResults</name>
    <message>
        <source>The results are not final yet: finalise them before the chair signs.</source>
        <translation>The results are not final yet: finalise them before the chair signs.</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>cannot create a temporary folder</translation>
    </message>
    <message>
        <source>The 評選總表 and minutes are signed by the chair: %1.</source>
        <translation>The consensus sheet (評選總表) and minutes are signed by the chair: %1.</translation>
    </message>
    <message>
        <source>The signed %1 (record %2)</source>
        <translation>The signed %1 (record %2)</translation>
    </message>
    <message>
        <source>The time stamp of %1 does not hold: %2</source>
        <translation>The time stamp of %1 does not hold: %2</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>broken: the signed content was changed</source>
        <translation>broken: the signed content was changed</translation>
    </message>
    <message>
        <source>content was added after the signature</source>
        <translation>content was added after the signature</translation>
    </message>
    <message>
        <source>issuer not trusted: unknown certificate authority</source>
        <translation>issuer not trusted: unknown certificate authority</translation>
    </message>
    <message>
        <source>issuer marked untrusted</source>
        <translation>issuer marked untrusted</translation>
    </message>
    <message>
        <source>certificate expired or not yet valid when it signed</source>
        <translation>certificate expired or not yet valid when it signed</translation>
    </message>
    <message>
        <source>certificate revoked</source>
        <translation>certificate revoked</translation>
    </message>
    <message>
        <source>cannot be verified</source>
        <translation>cannot be verified</translation>
    </message>
    <message>
        <source>Cannot sign %1: %2</source>
        <translation>Cannot sign %1: %2</translation>
    </message>
    <message>
        <source>Poppler cannot open it</source>
        <translation>Poppler cannot open it</translation>
    </message>
    <message>
        <source>the certificate %1 cannot sign: wrong password or PIN, missing key, or the token is not present</source>
        <translation>the certificate %1 cannot sign: wrong password or PIN, missing key, or the token is not present</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>the PDF has no classic cross-reference table to extend</source>
        <translation>the PDF has no classic cross-reference table to extend</translation>
    </message>
    <message>
        <source>the PDF&apos;s trailer names no catalog</source>
        <translation>the PDF&apos;s trailer names no catalog</translation>
    </message>
    <message>
        <source>the PDF&apos;s catalog cannot be found</source>
        <translation>the PDF&apos;s catalog cannot be found</translation>
    </message>
    <message>
        <source>the PDF already has a form</source>
        <translation>the PDF already has a form</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable certificate.</source>
        <translation>%1 is not a readable certificate.</translation>
    </message>
    <message>
        <source>The certificate %1 is not in the certificate store, or its token is not present or the PIN is wrong.</source>
        <translation>The certificate %1 is not in the certificate store, or its token is not present or the PIN is wrong.</translation>
    </message>
    <message>
        <source>its digest is %1; SHA-256 or stronger is required</source>
        <translation>its digest is %1; SHA-256 or stronger is required</translation>
    </message>
    <message>
        <source>its key is RSA %1 bits; at least 2048 bits are required</source>
        <translation>its key is RSA %1 bits; at least 2048 bits are required</translation>
    </message>
    <message>
        <source>its key is EC %1 bits; at least P-256 is required</source>
        <translation>its key is EC %1 bits; at least P-256 is required</translation>
    </message>
    <message>
        <source>its key type is %1; RSA or EC is required</source>
        <translation>its key type is %1; RSA or EC is required</translation>
    </message>
    <message>
        <source>too weak: key below RSA 2048 / EC P-256 or digest below SHA-256</source>
        <translation>too weak: key below RSA 2048 / EC P-256 or digest below SHA-256</translation>
    </message>
    <message>
        <source>the token %1 is not present</source>
        <translation>the token %1 is not present</translation>
    </message>
    <message>
        <source>the password or PIN is wrong</source>
        <translation>the password or PIN is wrong</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>the workspace is damaged: row %1 of the table %2 holds “%3” as its %4, which ReviewDesk does not know</source>
        <translation>the workspace is damaged: row %1 of the table %2 holds “%3” as its %4, which ReviewDesk does not know</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>schema migration to version %1 failed: %2</source>
        <translation>schema migration to version %1 failed: %2</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>database error: %1</translation>
    </message>
    <message>
        <source>no transaction is open</source>
        <translation>no transaction is open</translation>
    </message>
</context>
<context>
    <name>SupplementNotice</name>
    <message>
        <source>Under Article 7 of the Ministry of Digital Affairs&apos; regulations on subsidies for industrial innovation (數位發展部協助產業創新活動補助獎勵及輔導辦法 第7條), an application whose documents are incomplete or whose content is not complete is notified to supplement or correct it (限期補正) within a set time; if it is not supplemented by then, or is still incomplete afterwards, it is not accepted (不予受理).</source>
        <translation>Under Article 7 of the Ministry of Digital Affairs&apos; regulations on subsidies for industrial innovation (數位發展部協助產業創新活動補助獎勵及輔導辦法 第7條), an application whose documents are incomplete or whose content is not complete is notified to supplement or correct it (限期補正) within a set time; if it is not supplemented by then, or is still incomplete afterwards, it is not accepted (不予受理).</translation>
    </message>
    <message>
        <source>Notice to supplement (補正通知)</source>
        <translation>Notice to supplement (補正通知)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Business ID (統一編號)</source>
        <translation>Business ID (統一編號)</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Dossier version</source>
        <translation>Dossier version</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>What to supplement or correct</source>
        <translation>What to supplement or correct</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Please upload the supplemented dossier, with the same business ID (統一編號) and proposal title, by %1. It is reviewed again in full.</source>
        <translation>Please upload the supplemented dossier, with the same business ID (統一編號) and proposal title, by %1. It is reviewed again in full.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>No application of round &quot;%1&quot; is to supplement (限期補正) now.</source>
        <translation>No application of round &quot;%1&quot; is to supplement (限期補正) now.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>the text is neither UTF-8 nor Big5/CP950</source>
        <translation>the text is neither UTF-8 nor Big5/CP950</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>“%1” is not an amount</translation>
    </message>
    <message>
        <source>“%1” is not an amount between -1,000,000,000 and 1,000,000,000</source>
        <translation>“%1” is not an amount between -1,000,000,000 and 1,000,000,000</translation>
    </message>
    <message>
        <source>“%1” is not a file name inside %2; nothing was written</source>
        <translation>“%1” is not a file name inside %2; nothing was written</translation>
    </message>
</context>
<context>
    <name>TextMatches</name>
    <message>
        <source>the comparison %1 is no longer stored; the round&apos;s proposals were compared again since</source>
        <translation>the comparison %1 is no longer stored; the round&apos;s proposals were compared again since</translation>
    </message>
</context>
<context>
    <name>TimeStamp</name>
    <message>
        <source>%1 is not the address of a time-stamping service (http or https).</source>
        <translation>%1 is not the address of a time-stamping service (http or https).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The time-stamping service %1 did not answer: %2</source>
        <translation>The time-stamping service %1 did not answer: %2</translation>
    </message>
    <message>
        <source>The time-stamping service %1 answered with something that is not a time stamp.</source>
        <translation>The time-stamping service %1 answered with something that is not a time stamp.</translation>
    </message>
    <message>
        <source>The time-stamping service %1 refused to stamp (status %2).</source>
        <translation>The time-stamping service %1 refused to stamp (status %2).</translation>
    </message>
    <message>
        <source>The time-stamping service %1 stamped something other than what was asked.</source>
        <translation>The time-stamping service %1 stamped something other than what was asked.</translation>
    </message>
    <message>
        <source>the time stamp is not an RFC 3161 token</source>
        <translation>the time stamp is not an RFC 3161 token</translation>
    </message>
    <message>
        <source>the time stamp is for other bytes</source>
        <translation>the time stamp is for other bytes</translation>
    </message>
    <message>
        <source>the time stamp&apos;s signature cannot be read</source>
        <translation>the time stamp&apos;s signature cannot be read</translation>
    </message>
    <message>
        <source>the time stamp does not carry the authority&apos;s certificate</source>
        <translation>the time stamp does not carry the authority&apos;s certificate</translation>
    </message>
    <message>
        <source>the time stamp is signed with a digest below SHA-256</source>
        <translation>the time stamp is signed with a digest below SHA-256</translation>
    </message>
    <message>
        <source>the time stamp&apos;s signature does not verify</source>
        <translation>the time stamp&apos;s signature does not verify</translation>
    </message>
    <message>
        <source>%1 is not a time-stamping authority&apos;s certificate</source>
        <translation>%1 is not a time-stamping authority&apos;s certificate</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate was not valid at the stamped time</source>
        <translation>the authority&apos;s certificate was not valid at the stamped time</translation>
    </message>
    <message>
        <source>the time-stamping authority %1 is not issued by an authority this store trusts</source>
        <translation>the time-stamping authority %1 is not issued by an authority this store trusts</translation>
    </message>
    <message>
        <source>the certificate store is not open</source>
        <translation>the certificate store is not open</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 exists and is not a folder</translation>
    </message>
    <message>
        <source>%1 is already a ReviewDesk workspace</source>
        <translation>%1 is already a ReviewDesk workspace</translation>
    </message>
    <message>
        <source>%1 is not empty; a new workspace needs an empty folder</source>
        <translation>%1 is not empty; a new workspace needs an empty folder</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>%1 is in use by another ReviewDesk</source>
        <translation>%1 is in use by another ReviewDesk</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>%1 is not a ReviewDesk workspace: it has no %2</source>
        <translation>%1 is not a ReviewDesk workspace: it has no %2</translation>
    </message>
    <message>
        <source>%1 is open in another ReviewDesk (process %2 on %3); close it there first</source>
        <translation>%1 is open in another ReviewDesk (process %2 on %3); close it there first</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database (%2)</source>
        <translation>%1 is damaged or is not a database (%2)</translation>
    </message>
    <message>
        <source>%1 is not a ReviewDesk workspace database</source>
        <translation>%1 is not a ReviewDesk workspace database</translation>
    </message>
    <message>
        <source>%1 was written by a newer ReviewDesk (schema version %2; this version reads up to %3). Update ReviewDesk to open it.</source>
        <translation>%1 was written by a newer ReviewDesk (schema version %2; this version reads up to %3). Update ReviewDesk to open it.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>row %1 lies far beyond the rows before it</source>
        <translation>row %1 lies far beyond the rows before it</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX workbook: %2</source>
        <translation>%1 is not a readable XLSX workbook: %2</translation>
    </message>
    <message>
        <source>%1: the worksheet part %2 is missing</source>
        <translation>%1: the worksheet part %2 is missing</translation>
    </message>
    <message>
        <source>%1 has no worksheet</source>
        <translation>%1 has no worksheet</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation>cell %1: %2</translation>
    </message>
    <message>
        <source>a formula without its computed value (open and save the workbook in a spreadsheet program)</source>
        <translation>a formula without its computed value (open and save the workbook in a spreadsheet program)</translation>
    </message>
    <message>
        <source>a true/false value where text or an amount belongs</source>
        <translation>a true/false value where text or an amount belongs</translation>
    </message>
    <message>
        <source>an error value (%1)</source>
        <translation>an error value (%1)</translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation>shared string %1 does not exist</translation>
    </message>
    <message>
        <source>%1 is password-protected or an old .xls workbook; save it as an unprotected .xlsx</source>
        <translation>%1 is password-protected or an old .xls workbook; save it as an unprotected .xlsx</translation>
    </message>
    <message>
        <source>%1, sheet “%2”: %3</source>
        <translation>%1, sheet “%2”: %3</translation>
    </message>
    <message>
        <source>%1: the shared strings are damaged (line %2: %3)</source>
        <translation>%1: the shared strings are damaged (line %2: %3)</translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s relationships are damaged (%2)</source>
        <translation>%1: the workbook&apos;s relationships are damaged (%2)</translation>
    </message>
    <message>
        <source>%1: the list of worksheets is damaged (%2)</source>
        <translation>%1: the list of worksheets is damaged (%2)</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot add the worksheet “%1”</source>
        <translation>cannot add the worksheet “%1”</translation>
    </message>
    <message>
        <source>cannot add a cell format</source>
        <translation>cannot add a cell format</translation>
    </message>
    <message>
        <source>no worksheet</source>
        <translation>no worksheet</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>row %1, column %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>the file cannot be created</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>the archive is not open</translation>
    </message>
    <message>
        <source>the entry “%1” cannot be added (minizip error %2)</source>
        <translation>the entry “%1” cannot be added (minizip error %2)</translation>
    </message>
    <message>
        <source>minizip error %1 (is the disk full?)</source>
        <translation>minizip error %1 (is the disk full?)</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ReviewDesk 審查工作站</source>
        <translation>ReviewDesk 審查工作站</translation>
    </message>
    <message>
        <source>User-interface language: zh_TW or en.</source>
        <translation>User-interface language: zh_TW or en.</translation>
    </message>
    <message>
        <source>Open a round archive read-only and verify it (auditor mode).</source>
        <translation>Open a round archive read-only and verify it (auditor mode).</translation>
    </message>
    <message>
        <source>Workspace folder, reviewer package (.rdpkg), score return (.rdret) or round archive (.rdarc) to open.</source>
        <translation>Workspace folder, reviewer package (.rdpkg), score return (.rdret) or round archive (.rdarc) to open.</translation>
    </message>
</context>
<context>
    <name>rd::ApplicationList</name>
    <message>
        <source>Intake status filter</source>
        <translation>Intake status filter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Category filter</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Severity filter</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>With errors</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Warnings only</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>No findings</translation>
    </message>
    <message>
        <source>Filter applications</source>
        <translation>Filter applications</translation>
    </message>
    <message>
        <source>Filter by 統一編號, applicant or title</source>
        <translation>Filter by business ID No., applicant or title</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
</context>
<context>
    <name>rd::ApplicationListModel</name>
    <message>
        <source>各行各業數位轉型</source>
        <translation>各行各業數位轉型</translation>
    </message>
    <message>
        <source>AI 數位技術應用</source>
        <translation>AI 數位技術應用</translation>
    </message>
    <message>
        <source>主題產業數位轉型</source>
        <translation>主題產業數位轉型</translation>
    </message>
    <message>
        <source>統一編號</source>
        <translation>Business ID No.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Subsidy (NT$ thousand)</source>
        <translation>Subsidy (NT$ thousand)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Intake status</source>
        <translation>Intake status</translation>
    </message>
    <message>
        <source>%1 (errors: %2, warnings: %3)</source>
        <translation>%1 (errors: %2, warnings: %3)</translation>
    </message>
    <message>
        <source>Your score sheet</source>
        <translation>Your score sheet</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · by %2</translation>
    </message>
    <message>
        <source>Screening (資格文件審查)</source>
        <translation>Screening (資格文件審查)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n day(s) left</source>
        <translation>
            <numerusform>%1 · %n day left</numerusform>
            <numerusform>%1 · %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ApplicationPage</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Application sections</source>
        <translation>Application sections</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Budget table</source>
        <translation>Budget table</translation>
    </message>
    <message>
        <source>NT$ thousand (千元). Coloured cells carry a finding; hover for the rule and its source.</source>
        <translation>NT$ thousand (千元). Coloured cells carry a finding; hover for the rule and its source.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>To be hired</source>
        <translation>To be hired</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>Person-months</translation>
    </message>
    <message>
        <source>Project staff</source>
        <translation>Project staff</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>統一編號</source>
        <translation>Business ID No.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Intended organisations</source>
        <translation>Intended organisations</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Recusal requests</source>
        <translation>Recusal requests</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Findings of this application</source>
        <translation>Findings of this application</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>No application selected</source>
        <translation>No application selected</translation>
    </message>
    <message>
        <source>Total %1 thousand: subsidy %2 (%3%), self-funded %4, security %5 (%6%).</source>
        <translation>Total %1 thousand: subsidy %2 (%3%), self-funded %4, security %5 (%6%).</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Established</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Paid-in capital (thousand)</source>
        <translation>Paid-in capital (thousand)</translation>
    </message>
    <message>
        <source>Revenue (thousand)</source>
        <translation>Revenue (thousand)</translation>
    </message>
    <message>
        <source>Industry code</source>
        <translation>Industry code</translation>
    </message>
    <message>
        <source>Net worth (thousand)</source>
        <translation>Net worth (thousand)</translation>
    </message>
    <message>
        <source>Mainland Chinese capital</source>
        <translation>Mainland Chinese capital</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>Branch office</translation>
    </message>
    <message>
        <source>Bank-rejected</source>
        <translation>Bank-rejected</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Principal investigator</source>
        <translation>Principal investigator</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>推動家數 (KPI)</source>
        <translation>推動家數 (KPI)</translation>
    </message>
    <message>
        <source>%1 (臺灣雲市集: %2, price %3 thousand, %4 organisations)</source>
        <translation>%1 (臺灣雲市集: %2, price %3 thousand, %4 organisations)</translation>
    </message>
    <message>
        <source>Cloud solutions</source>
        <translation>Cloud solutions</translation>
    </message>
    <message>
        <source>Intake status: %1 — errors: %2, warnings: %3. Imported from %4.</source>
        <translation>Intake status: %1 — errors: %2, warnings: %3. Imported from %4.</translation>
    </message>
    <message>
        <source>Proposal title</source>
        <translation>Proposal title</translation>
    </message>
</context>
<context>
    <name>rd::AuditTrailModel</name>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>SHA-256 %1
after %2</source>
        <translation>SHA-256 %1
after %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Concerning</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>rd::AuditTrailView</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>who, what, which application…</source>
        <translation>who, what, which application…</translation>
    </message>
    <message>
        <source>Find in the audit trail</source>
        <translation>Find in the audit trail</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <source>%n events; the hash chain is intact.</source>
        <translation>
            <numerusform>%n event; the hash chain is intact.</numerusform>
            <numerusform>%n events; the hash chain is intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hash chain is broken: %1</source>
        <translation>The hash chain is broken: %1</translation>
    </message>
</context>
<context>
    <name>rd::AuditorWindow</name>
    <message>
        <source>%1 — Audit (read-only) — ReviewDesk</source>
        <translation>%1 — Audit (read-only) — ReviewDesk</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Verify again</translation>
    </message>
    <message>
        <source>&amp;Save report as PDF…</source>
        <translation>&amp;Save report as PDF…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>Verification report</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Read-only: nothing in an archive can be changed here.</source>
        <translation>Read-only: nothing in an archive can be changed here.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Verifying %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything verifies.&lt;/b&gt; %1 — %2: %3 checks passed.</source>
        <translation>&lt;b&gt;Everything verifies.&lt;/b&gt; %1 — %2: %3 checks passed.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>%1 of %2 failed</source>
        <translation>%1 of %2 failed</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>Save the verification report</translation>
    </message>
    <message>
        <source>-verification.pdf</source>
        <translation>-verification.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%5&apos;&gt;%1 of %2 checks failed.&lt;/b&gt; %3 — %4</source>
        <translation>&lt;b style=&apos;color:%5&apos;&gt;%1 of %2 checks failed.&lt;/b&gt; %3 — %4</translation>
    </message>
</context>
<context>
    <name>rd::BudgetTableModel</name>
    <message>
        <source>計畫總經費 (as stated)</source>
        <translation>計畫總經費 (as stated)</translation>
    </message>
    <message>
        <source>計畫總經費 (sum of items)</source>
        <translation>計畫總經費 (sum of items)</translation>
    </message>
    <message>
        <source>Security budget: %1% of the total (rounded to one decimal)</source>
        <translation>Security budget: %1% of the total (rounded to one decimal)</translation>
    </message>
    <message>
        <source>Accounting item</source>
        <translation>Accounting item</translation>
    </message>
    <message>
        <source>補助款</source>
        <translation>Subsidy (補助款)</translation>
    </message>
    <message>
        <source>自籌款</source>
        <translation>Self-funded (自籌款)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>資安經費</source>
        <translation>Security (資安經費)</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Share of total</translation>
    </message>
</context>
<context>
    <name>rd::CommitteeDialog</name>
    <message>
        <source>Committee and assignment</source>
        <translation>Committee and assignment</translation>
    </message>
    <message>
        <source>Committee members (委員)</source>
        <translation>Committee members (委員)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Declared ties</source>
        <translation>Declared ties</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Who reviews which application</source>
        <translation>Who reviews which application</translation>
    </message>
    <message>
        <source>統一編號</source>
        <translation>Business ID No.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Reviewers per application</source>
        <translation>Reviewers per application</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>Assign automatically</translation>
    </message>
    <message>
        <source>Gives every application this many members: balanced load, never a conflicted pair. Existing assignments are kept.</source>
        <translation>Gives every application this many members: balanced load, never a conflicted pair. Existing assignments are kept.</translation>
    </message>
    <message>
        <source>Assign a member to the selected application…</source>
        <translation>Assign a member to the selected application…</translation>
    </message>
    <message>
        <source>Reviewers per application:</source>
        <translation>Reviewers per application:</translation>
    </message>
    <message>
        <source>External expert</source>
        <translation>External expert</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>Add a committee member</source>
        <translation>Add a committee member</translation>
    </message>
    <message>
        <source>Internal member (not an external expert)</source>
        <translation>Internal member (not an external expert)</translation>
    </message>
    <message>
        <source>Organisations the member has ties with, separated by commas</source>
        <translation>Organisations the member has ties with, separated by commas</translation>
    </message>
    <message>
        <source>Their 統一編號, separated by commas</source>
        <translation>Their business ID No., separated by commas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Declared 統一編號</source>
        <translation>Declared business ID No.</translation>
    </message>
    <message>
        <source>%1 assignments added; none pairs a member with an application they have a conflict with.</source>
        <translation>%1 assignments added; none pairs a member with an application they have a conflict with.</translation>
    </message>
    <message>
        <source>%1 applications could not get %2 members without a conflict.</source>
        <translation>%1 applications could not get %2 members without a conflict.</translation>
    </message>
    <message>
        <source>Select an application first.</source>
        <translation>Select an application first.</translation>
    </message>
    <message>
        <source>Member to assign:</source>
        <translation>Member to assign:</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>%1 declared a conflict: %2</source>
        <translation>%1 declared a conflict: %2</translation>
    </message>
    <message>
        <source>Signing certificate (SHA-256)</source>
        <translation>Signing certificate (SHA-256)</translation>
    </message>
    <message>
        <source>Register the selected member&apos;s certificate…</source>
        <translation>Register the selected member&apos;s certificate…</translation>
    </message>
    <message>
        <source>Returns from this member must then be signed with exactly this certificate</source>
        <translation>Returns from this member must then be signed with exactly this certificate</translation>
    </message>
    <message>
        <source>Select a committee member first.</source>
        <translation>Select a committee member first.</translation>
    </message>
    <message>
        <source>%1&apos;s certificate (cancel to type its fingerprint)</source>
        <translation>%1&apos;s certificate (cancel to type its fingerprint)</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.cer *.pem *.der)</source>
        <translation>Certificates (*.crt *.cer *.pem *.der)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1&apos;s signing certificate:</source>
        <translation>SHA-256 fingerprint of %1&apos;s signing certificate:</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</translation>
    </message>
    <message>
        <source>Register a secretariat certificate…</source>
        <translation>Register a secretariat certificate…</translation>
    </message>
    <message>
        <source>The round&apos;s archive certificate (封存證明) must be signed with a registered secretariat certificate</source>
        <translation>The round&apos;s archive certificate (封存證明) must be signed with a registered secretariat certificate</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Secretariat certificates (秘書處): none registered yet.</source>
        <translation>Secretariat certificates (秘書處): none registered yet.</translation>
    </message>
    <message>
        <source>Secretariat certificates (秘書處): %1</source>
        <translation>Secretariat certificates (秘書處): %1</translation>
    </message>
    <message>
        <source>Who signs for the secretariat (name and office):</source>
        <translation>Who signs for the secretariat (name and office):</translation>
    </message>
    <message>
        <source>&amp;Time-stamping service (RFC 3161):</source>
        <translation>&amp;Time-stamping service (RFC 3161):</translation>
    </message>
    <message>
        <source>none: signing times are the signers&apos; clocks, bounded by the trail</source>
        <translation>none: signing times are the signers&apos; clocks, bounded by the trail</translation>
    </message>
    <message>
        <source>An http or https address. Signed 評分表 and the chair&apos;s documents must then carry this service&apos;s time stamp, and its time is the signing time.</source>
        <translation>An http or https address. Signed 評分表 and the chair&apos;s documents must then carry this service&apos;s time stamp, and its time is the signing time.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the time-stamping service</source>
        <translation>Save the time-stamping service</translation>
    </message>
    <message>
        <source>The round has no time-stamping service.</source>
        <translation>The round has no time-stamping service.</translation>
    </message>
    <message>
        <source>Signed sheets and the chair&apos;s documents must now carry time stamps by %1. Packages exported from now on tell the members; export again any package already sent.</source>
        <translation>Signed sheets and the chair&apos;s documents must now carry time stamps by %1. Packages exported from now on tell the members; export again any package already sent.</translation>
    </message>
    <message>
        <source>Show members by code on the consensus sheet (評選總表), with a separate key</source>
        <translation>Show members by code on the consensus sheet (評選總表), with a separate key</translation>
    </message>
    <message>
        <source>Review rules (審議規則) article 6-1: the sheet names members as Member A, B, C…; Publish → Member key writes the key for the secretariat&apos;s file</source>
        <translation>Review rules (審議規則) article 6-1: the sheet names members as Member A, B, C…; Publish → Member key writes the key for the secretariat&apos;s file</translation>
    </message>
    <message>
        <source>%1 not assigned: %2</source>
        <translation>%1 not assigned: %2</translation>
    </message>
    <message>
        <source>%1 assigned despite %2 (reason: %3)</source>
        <translation>%1 assigned despite %2 (reason: %3)</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with this application: %2

To assign them anyway, give the reason; it is recorded with the assignment.</source>
        <translation>%1 has a conflict of interest with this application: %2

To assign them anyway, give the reason; it is recorded with the assignment.</translation>
    </message>
    <message>
        <source>The reason is missing.</source>
        <translation>The reason is missing.</translation>
    </message>
</context>
<context>
    <name>rd::ConsensusBoardModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>統一編號</source>
        <translation>Business ID No.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Requested subsidy, NT$ thousand</source>
        <translation>Requested subsidy, NT$ thousand</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Sample standard deviation</source>
        <translation>Sample standard deviation</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Std. dev.</translation>
    </message>
    <message>
        <source>Without the highest and the lowest, from five sheets on</source>
        <translation>Without the highest and the lowest, from five sheets on</translation>
    </message>
    <message>
        <source>Trimmed</source>
        <translation>Trimmed</translation>
    </message>
    <message>
        <source>Mean of the members&apos; z-scores, beside the raw figures</source>
        <translation>Mean of the members&apos; z-scores, beside the raw figures</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Rank sum</source>
        <translation>Rank sum</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>%1 open of %2</translation>
    </message>
    <message>
        <source>%1 handled</source>
        <translation>%1 handled</translation>
    </message>
</context>
<context>
    <name>rd::ConsensusWindow</name>
    <message>
        <source>Consensus board (共識會議)</source>
        <translation>Consensus board (共識會議)</translation>
    </message>
    <message>
        <source>Consensus board</source>
        <translation>Consensus board</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Leniency</source>
        <translation>Leniency</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>&amp;Attendance…</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>&amp;Meeting mode</translation>
    </message>
    <message>
        <source>Full screen for the projector, from the selected application (F5)</source>
        <translation>Full screen for the projector, from the selected application (F5)</translation>
    </message>
    <message>
        <source>&amp;Finalise results</source>
        <translation>&amp;Finalise results</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>Consensus sheet (總表) as PDF…</source>
        <translation>Consensus sheet (總表) as PDF…</translation>
    </message>
    <message>
        <source>Consensus sheet</source>
        <translation>Consensus sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>consensus-sheet.pdf</source>
        <translation>consensus-sheet.pdf</translation>
    </message>
    <message>
        <source>Consensus sheet as XLSX…</source>
        <translation>Consensus sheet as XLSX…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>consensus-sheet.xlsx</source>
        <translation>consensus-sheet.xlsx</translation>
    </message>
    <message>
        <source>Consensus sheet as CSV…</source>
        <translation>Consensus sheet as CSV…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>consensus-sheet.csv</source>
        <translation>consensus-sheet.csv</translation>
    </message>
    <message>
        <source>Minutes (會議紀錄) as PDF…</source>
        <translation>Minutes (會議紀錄) as PDF…</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>minutes.pdf</source>
        <translation>minutes.pdf</translation>
    </message>
    <message>
        <source>Compiled comments (審查意見彙整) of the selected applicant…</source>
        <translation>Compiled comments (審查意見彙整) of the selected applicant…</translation>
    </message>
    <message>
        <source>Compiled comments</source>
        <translation>Compiled comments</translation>
    </message>
    <message>
        <source>comments-%1.pdf</source>
        <translation>comments-%1.pdf</translation>
    </message>
    <message>
        <source>The results are final (SHA-256 %1).</source>
        <translation>The results are final (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Ready to finalise.</source>
        <translation>Ready to finalise.</translation>
    </message>
    <message>
        <source>Before the results can be final: %1</source>
        <translation>Before the results can be final: %1</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (and %1 more)</translation>
    </message>
    <message>
        <source>Reopened: %1. </source>
        <translation>Reopened: %1. </translation>
    </message>
    <message>
        <source>%1 of %2 members present. </source>
        <translation>%1 of %2 members present. </translation>
    </message>
    <message>
        <source>Finalise results</source>
        <translation>Finalise results</translation>
    </message>
    <message>
        <source>Make the round&apos;s results final? Changing them afterwards needs reopening, with a reason that stays on the record.</source>
        <translation>Make the round&apos;s results final? Changing them afterwards needs reopening, with a reason that stays on the record.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>&amp;Sign the final 總表 and minutes (chair)…</source>
        <translation>&amp;Sign the final 總表 and minutes (chair)…</translation>
    </message>
    <message>
        <source>Sign the results</source>
        <translation>Sign the results</translation>
    </message>
    <message>
        <source>The chair signs final results: finalise them first (確定結果).</source>
        <translation>The chair signs final results: finalise them first (確定結果).</translation>
    </message>
    <message>
        <source>the 評選總表 and the minutes as the chair</source>
        <translation>the 評選總表 and the minutes as the chair</translation>
    </message>
    <message>
        <source>Signing the 總表 and the minutes…</source>
        <translation>Signing the 總表 and the minutes…</translation>
    </message>
    <message>
        <source>The signed documents are kept in the workspace. Save copies to a folder as well?</source>
        <translation>The signed documents are kept in the workspace. Save copies to a folder as well?</translation>
    </message>
    <message>
        <source>minutes-signed.pdf</source>
        <translation>minutes-signed.pdf</translation>
    </message>
    <message>
        <source>consensus-sheet-signed.pdf</source>
        <translation>consensus-sheet-signed.pdf</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Signed by %1; copies in %2</source>
        <translation>Signed by %1; copies in %2</translation>
    </message>
    <message>
        <source>No certificate is registered for the chair (召集人): register the chair&apos;s certificate in Committee and assignment before signing, or the signature is refused.</source>
        <translation>No certificate is registered for the chair (召集人): register the chair&apos;s certificate in Committee and assignment before signing, or the signature is refused.</translation>
    </message>
    <message>
        <source>Applications not found eligible in screening (資格文件審查)</source>
        <translation>Applications not found eligible in screening (資格文件審查)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not eligible (資格文件審查): %1</source>
        <translation>Not eligible (資格文件審查): %1</translation>
    </message>
    <message>
        <source>Result letters (函復結果) of every applicant…</source>
        <translation>Result letters (函復結果) of every applicant…</translation>
    </message>
    <message>
        <source>Choose the folder for the result letters</source>
        <translation>Choose the folder for the result letters</translation>
    </message>
    <message>
        <source>Writing the result letters…</source>
        <translation>Writing the result letters…</translation>
    </message>
    <message>
        <source>Result letters</source>
        <translation>Result letters</translation>
    </message>
    <message numerus="yes">
        <source>%n result letter(s) written to %1.</source>
        <translation>
            <numerusform>%n result letter written to %1.</numerusform>
            <numerusform>%n result letters written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member key</source>
        <translation>Member key</translation>
    </message>
    <message>
        <source>member-key.pdf</source>
        <translation>member-key.pdf</translation>
    </message>
    <message>
        <source>Member key (代號對照表) of a coded consensus sheet as PDF…</source>
        <translation>Member key (代號對照表) of a coded consensus sheet as PDF…</translation>
    </message>
    <message>
        <source>Consensus meeting</source>
        <translation>Consensus meeting</translation>
    </message>
    <message>
        <source>The change is stored, but the round could not be read again; the board shows it as before the change.

%1</source>
        <translation>The change is stored, but the round could not be read again; the board shows it as before the change.

%1</translation>
    </message>
    <message>
        <source>The results cannot be final yet:</source>
        <translation>The results cannot be final yet:</translation>
    </message>
</context>
<context>
    <name>rd::Desk</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Audit &amp;trail…</translation>
    </message>
    <message>
        <source>&amp;Search all pages</source>
        <translation>&amp;Search all pages</translation>
    </message>
    <message>
        <source>Applications: %1 · ineligible: %2 · errors: %3 · warnings: %4</source>
        <translation>Applications: %1 · ineligible: %2 · errors: %3 · warnings: %4</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 cannot be shown: %2</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Reading the audit trail…</translation>
    </message>
    <message>
        <source>Audit trail — %1</source>
        <translation>Audit trail — %1</translation>
    </message>
</context>
<context>
    <name>rd::DocumentListModel</name>
    <message>
        <source>Readable</source>
        <translation>Readable</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>Unreadable: %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Scanned · OCR %1 of %2 pages</source>
        <translation>Scanned · OCR %1 of %2 pages</translation>
    </message>
    <message>
        <source>Scanned · text by OCR</source>
        <translation>Scanned · text by OCR</translation>
    </message>
</context>
<context>
    <name>rd::FindingListModel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>統一編號</source>
        <translation>Business ID No.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>rd::FindingsPanel</name>
    <message>
        <source>Severity filter</source>
        <translation>Severity filter</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Rule filter</source>
        <translation>Rule filter</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Findings of the round</source>
        <translation>Findings of the round</translation>
    </message>
    <message>
        <source>%1 of %2 findings</source>
        <translation>%1 of %2 findings</translation>
    </message>
</context>
<context>
    <name>rd::ImportDialog</name>
    <message>
        <source>Import dossiers</source>
        <translation>Import dossiers</translation>
    </message>
    <message>
        <source>Chosen folders and ZIP files</source>
        <translation>Chosen folders and ZIP files</translation>
    </message>
    <message>
        <source>Add &amp;folders…</source>
        <translation>Add &amp;folders…</translation>
    </message>
    <message>
        <source>Add &amp;ZIP files…</source>
        <translation>Add &amp;ZIP files…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Same answer for the rest</source>
        <translation>Same answer for the rest</translation>
    </message>
    <message>
        <source>&amp;Keep existing</source>
        <translation>&amp;Keep existing</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Cancelling… the dossier being written is rolled back.</source>
        <translation>Cancelling… the dossier being written is rolled back.</translation>
    </message>
    <message>
        <source>Choose a dossier folder or a folder of dossiers</source>
        <translation>Choose a dossier folder or a folder of dossiers</translation>
    </message>
    <message>
        <source>Choose dossier ZIP files</source>
        <translation>Choose dossier ZIP files</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <source>Reading dossiers…</source>
        <translation>Reading dossiers…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>This round</source>
        <translation>This round</translation>
    </message>
    <message>
        <source>Cancelled: dossiers not yet written left no trace.</source>
        <translation>Cancelled: dossiers not yet written left no trace.</translation>
    </message>
    <message>
        <source>The checks could not be run: %1</source>
        <translation>The checks could not be run: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 kept as they were, %3 rejected.</source>
        <translation>%1 imported, %2 kept as they were, %3 rejected.</translation>
    </message>
    <message>
        <source>Choose or drop here dossier folders or ZIP files, or folders and ZIPs holding many dossiers. Each dossier is imported whole or not at all; the rest of the batch goes on.</source>
        <translation>Choose or drop here dossier folders or ZIP files, or folders and ZIPs holding many dossiers. Each dossier is imported whole or not at all; the rest of the batch goes on.</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;New version</translation>
    </message>
    <message>
        <source>%1 already holds 統一編號 %2 with the proposal “%3”. Import the dossier from %4 as its new version (補正)? The current version is kept as history, and screening (資格文件審查) decides again.</source>
        <translation>%1 already holds business ID No. %2 with the proposal “%3”. Import the dossier from %4 as its new version (補正)? The current version is kept as history, and screening (資格文件審查) decides again.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Left out: %1</translation>
    </message>
</context>
<context>
    <name>rd::ImportJob</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>統一編號 %1 with the proposal “%2” is already in this round; kept the existing application (import it as a new version to supplement it)</source>
        <translation>Business ID No. %1 with the proposal “%2” is already in this round; kept the existing application (import it as a new version to supplement it)</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>ReviewDesk 審查工作站</source>
        <translation>ReviewDesk 審查工作站</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Round: </source>
        <translation>Round: </translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>Review round</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Recent workspaces</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ReviewDesk</source>
        <translation>&amp;About ReviewDesk</translation>
    </message>
    <message>
        <source>About ReviewDesk</source>
        <translation>About ReviewDesk</translation>
    </message>
    <message>
        <source>The language changes the next time ReviewDesk starts.</source>
        <translation>The language changes the next time ReviewDesk starts.</translation>
    </message>
    <message>
        <source>%1 — ReviewDesk 審查工作站</source>
        <translation>%1 — ReviewDesk 審查工作站</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation>Choose an empty folder for the new workspace</translation>
    </message>
    <message>
        <source>DIGITAL+ 114年度 第1梯次</source>
        <translation>DIGITAL+ 114年度 第1梯次</translation>
    </message>
    <message>
        <source>Open a ReviewDesk workspace</source>
        <translation>Open a ReviewDesk workspace</translation>
    </message>
    <message>
        <source>Open a &amp;reviewer package…</source>
        <translation>Open a &amp;reviewer package…</translation>
    </message>
    <message>
        <source>%1&apos;s review — %2 — ReviewDesk 審查工作站</source>
        <translation>%1&apos;s review — %2 — ReviewDesk 審查工作站</translation>
    </message>
    <message>
        <source>Open a round &amp;archive for audit…</source>
        <translation>Open a round &amp;archive for audit…</translation>
    </message>
    <message>
        <source>Open a round archive</source>
        <translation>Open a round archive</translation>
    </message>
    <message>
        <source>Round archives (*.rdarc *.zip)</source>
        <translation>Round archives (*.rdarc *.zip)</translation>
    </message>
    <message>
        <source>%1 is a score return: open the secretariat&apos;s workspace first, then import it with Round → Import score return.</source>
        <translation>%1 is a score return: open the secretariat&apos;s workspace first, then import it with Round → Import score return.</translation>
    </message>
    <message>
        <source>ReviewDesk does not open %1: it opens workspaces, reviewer packages (.rdpkg), score returns (.rdret) and round archives (.rdarc).</source>
        <translation>ReviewDesk does not open %1: it opens workspaces, reviewer packages (.rdpkg), score returns (.rdret) and round archives (.rdarc).</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>and its tools</source>
        <translation>and its tools</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>public domain</translation>
    </message>
    <message>
        <source>&lt;b&gt;ReviewDesk 審查工作站&lt;/b&gt; %1&lt;p&gt;Review workstation for Taiwanese digital-industry subsidy programs: intake checks, committee scoring, consensus and signed results.&lt;/p&gt;&lt;p&gt;ReviewDesk is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;It is built with:&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;&lt;p&gt;The full licence texts are in /usr/share/doc/reviewdesk/copyright and /usr/share/common-licenses.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ReviewDesk 審查工作站&lt;/b&gt; %1&lt;p&gt;Review workstation for Taiwanese digital-industry subsidy programs: intake checks, committee scoring, consensus and signed results.&lt;/p&gt;&lt;p&gt;ReviewDesk is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;It is built with:&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;&lt;p&gt;The full licence texts are in /usr/share/doc/reviewdesk/copyright and /usr/share/common-licenses.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>ReviewDesk user guide</source>
        <translation>ReviewDesk user guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Round status</source>
        <translation>Round status</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ReviewDesk 審查工作站&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ReviewDesk 審查工作站&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The secretariat&apos;s workspace of a round, or a member&apos;s review workspace.</source>
        <translation>The secretariat&apos;s workspace of a round, or a member&apos;s review workspace.</translation>
    </message>
    <message>
        <source>For the secretariat: an empty workspace for a new round.</source>
        <translation>For the secretariat: an empty workspace for a new round.</translation>
    </message>
    <message>
        <source>For a committee member: the reviewer package (.rdpkg) the secretariat sent.</source>
        <translation>For a committee member: the reviewer package (.rdpkg) the secretariat sent.</translation>
    </message>
    <message>
        <source>For an auditor: a sealed round archive (.rdarc), opened read-only.</source>
        <translation>For an auditor: a sealed round archive (.rdarc), opened read-only.</translation>
    </message>
</context>
<context>
    <name>rd::MeetingWindow</name>
    <message>
        <source>Consensus meeting (共識會議)</source>
        <translation>Consensus meeting (共識會議)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Previous application (PgUp)</source>
        <translation>Previous application (PgUp)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Next application (PgDn)</source>
        <translation>Next application (PgDn)</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Leave (Esc)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Resolution (議決)…</source>
        <translation>Resolution (議決)…</translation>
    </message>
    <message>
        <source>Re-score (複評)…</source>
        <translation>Re-score (複評)…</translation>
    </message>
    <message>
        <source>Members&apos; scores and comments</source>
        <translation>Members&apos; scores and comments</translation>
    </message>
    <message>
        <source>Discussion notes</source>
        <translation>Discussion notes</translation>
    </message>
    <message>
        <source>Discussion notes for the minutes…</source>
        <translation>Discussion notes for the minutes…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>What the applicant must change (修正後通過)</source>
        <translation>What the applicant must change (修正後通過)</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Conditions:</translation>
    </message>
    <message>
        <source>Only when departing from the 初審意見</source>
        <translation>Only when departing from the 初審意見</translation>
    </message>
    <message>
        <source>&amp;Why not as the 初審意見:</source>
        <translation>&amp;Why not as the 初審意見:</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>Abstaining</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Vote:</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <source>Pass list</source>
        <translation>Pass list</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No. %1  %2（%3）— %4</source>
        <translation>No. %1  %2（%3）— %4</translation>
    </message>
    <message>
        <source>%1 of %2 members present (%3 needed). %4</source>
        <translation>%1 of %2 members present (%3 needed). %4</translation>
    </message>
    <message>
        <source>The results are final.</source>
        <translation>The results are final.</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Sheets&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mean&lt;/td&gt;&lt;td align=right&gt;&lt;b style=&apos;font-size:x-large&apos;&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Median&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Std. dev.&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Lowest – highest&lt;/td&gt;&lt;td align=right&gt;%5 – %6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Trimmed mean&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rank sum&lt;/td&gt;&lt;td align=right&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Requested (NT$ k)&lt;/td&gt;&lt;td align=right&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Pass mark&lt;/td&gt;&lt;td align=right&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Sheets&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mean&lt;/td&gt;&lt;td align=right&gt;&lt;b style=&apos;font-size:x-large&apos;&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Median&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Std. dev.&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Lowest – highest&lt;/td&gt;&lt;td align=right&gt;%5 – %6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Trimmed mean&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rank sum&lt;/td&gt;&lt;td align=right&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Requested (NT$ k)&lt;/td&gt;&lt;td align=right&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Pass mark&lt;/td&gt;&lt;td align=right&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>✓ %1 — re-scored (複評)</source>
        <translation>✓ %1 — re-scored (複評)</translation>
    </message>
    <message>
        <source>✓ %1 — 議決: %2</source>
        <translation>✓ %1 — resolution (議決): %2</translation>
    </message>
    <message>
        <source>● %1 — to be handled</source>
        <translation>● %1 — to be handled</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>No flags.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source> (returned %1)</source>
        <translation> (returned %1)</translation>
    </message>
    <message>
        <source>Decided: %1 (%2 for, %3 against, %4 abstaining)</source>
        <translation>Decided: %1 (%2 for, %3 against, %4 abstaining)</translation>
    </message>
    <message>
        <source>Not decided.</source>
        <translation>Not decided.</translation>
    </message>
    <message>
        <source>Not decided. The 初審意見 found it: %1.</source>
        <translation>Not decided. The 初審意見 found it: %1.</translation>
    </message>
    <message>
        <source>meets the requirements</source>
        <translation>meets the requirements</translation>
    </message>
    <message>
        <source>partly meets them</source>
        <translation>partly meets them</translation>
    </message>
    <message>
        <source>does not meet them</source>
        <translation>does not meet them</translation>
    </message>
    <message>
        <source>%1 — %2 (cumulative NT$ %L3 thousand)</source>
        <translation>%1 — %2 (cumulative NT$ %L3 thousand)</translation>
    </message>
    <message>
        <source>Choose 通過, 修正後通過 or 不通過 first.</source>
        <translation>Choose 通過, 修正後通過 or 不通過 first.</translation>
    </message>
    <message>
        <source>Resolution (議決)</source>
        <translation>Resolution (議決)</translation>
    </message>
    <message>
        <source>No marked difference is open here.</source>
        <translation>No marked difference is open here.</translation>
    </message>
    <message>
        <source>Approved subsidy (核定補助款), NT$ thousand</source>
        <translation>Approved subsidy (核定補助款), NT$ thousand</translation>
    </message>
    <message>
        <source>&amp;Approved subsidy (核定補助款, NT$ thousand):</source>
        <translation>&amp;Approved subsidy (核定補助款, NT$ thousand):</translation>
    </message>
    <message>
        <source>Only when passing below the pass mark or failing above it</source>
        <translation>Only when passing below the pass mark or failing above it</translation>
    </message>
    <message>
        <source>Why against the pass &amp;mark:</source>
        <translation>Why against the pass &amp;mark:</translation>
    </message>
    <message>
        <source>Presentation view (簡報)</source>
        <translation>Presentation view (簡報)</translation>
    </message>
    <message>
        <source>While the applicant presents: only the application and the timer are shown, no member&apos;s name or score (F7)</source>
        <translation>While the applicant presents: only the application and the timer are shown, no member&apos;s name or score (F7)</translation>
    </message>
</context>
<context>
    <name>rd::MemberDesk</name>
    <message>
        <source>Review and score</source>
        <translation>Review and score</translation>
    </message>
    <message>
        <source>&amp;Export score return…</source>
        <translation>&amp;Export score return…</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Scored %1 of %2 · conflicts declared: %3</source>
        <translation>Scored %1 of %2 · conflicts declared: %3</translation>
    </message>
    <message>
        <source>Application list</source>
        <translation>Application list</translation>
    </message>
    <message>
        <source>Show or fold away the list of applications (%1)</source>
        <translation>Show or fold away the list of applications (%1)</translation>
    </message>
    <message>
        <source>Previous application</source>
        <translation>Previous application</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Next application</source>
        <translation>Next application</translation>
    </message>
</context>
<context>
    <name>rd::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>rd::OcrProgress</name>
    <message>
        <source>OCR of scanned pages: %1 of %2</source>
        <translation>OCR of scanned pages: %1 of %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop reading scanned pages; what was read is kept, the rest waits</source>
        <translation>Stop reading scanned pages; what was read is kept, the rest waits</translation>
    </message>
    <message>
        <source>OCR of scanned pages stopped: %1</source>
        <translation>OCR of scanned pages stopped: %1</translation>
    </message>
    <message numerus="yes">
        <source>OCR paused: %n page(s) wait</source>
        <translation>
            <numerusform>OCR paused: %n page waits</numerusform>
            <numerusform>OCR paused: %n pages wait</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Go on reading the scanned pages that wait</source>
        <translation>Go on reading the scanned pages that wait</translation>
    </message>
    <message>
        <source>OCR of scanned pages</source>
        <translation>OCR of scanned pages</translation>
    </message>
</context>
<context>
    <name>rd::PdfCanvas</name>
    <message>
        <source>Document pages</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <source>Page %1…</source>
        <translation>Page %1…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Add a note to page %1…</source>
        <translation>Add a note to page %1…</translation>
    </message>
</context>
<context>
    <name>rd::PdfReader</name>
    <message>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>No match</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 matches</translation>
    </message>
    <message>
        <source>☰</source>
        <translation>☰</translation>
    </message>
    <message>
        <source>Show or hide thumbnails, outline and notes</source>
        <translation>Show or hide thumbnails, outline and notes</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Page layout</source>
        <translation>Page layout</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continuous</translation>
    </message>
    <message>
        <source>Single page</source>
        <translation>Single page</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Page thumbnails</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Document outline</source>
        <translation>Document outline</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Your page notes</source>
        <translation>Your page notes</translation>
    </message>
    <message>
        <source>Add note to this page…</source>
        <translation>Add note to this page…</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <source>Notes are private: they stay in your workspace and go into a score return only if you choose.</source>
        <translation>Notes are private: they stay in your workspace and go into a score return only if you choose.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Page note</source>
        <translation>Page note</translation>
    </message>
    <message>
        <source>Note on page %1:</source>
        <translation>Note on page %1:</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Page %1: %2</translation>
    </message>
    <message>
        <source>Notes can be kept for documents of a workspace.</source>
        <translation>Notes can be kept for documents of a workspace.</translation>
    </message>
    <message>
        <source>Find in document (%1)</source>
        <translation>Find in document (%1)</translation>
    </message>
</context>
<context>
    <name>rd::PreliminaryPanel</name>
    <message>
        <source>初審意見 of the working group: per criterion, whether the application meets the requirements and how it differs from the others. Committee members read it beside their score sheet.</source>
        <translation>初審意見 of the working group: per criterion, whether the application meets the requirements and how it differs from the others. Committee members read it beside their score sheet.</translation>
    </message>
    <message>
        <source>Save the preliminary opinions</source>
        <translation>Save the preliminary opinions</translation>
    </message>
    <message>
        <source>The application as a whole</source>
        <translation>The application as a whole</translation>
    </message>
    <message>
        <source>Meets the requirements: %1</source>
        <translation>Meets the requirements: %1</translation>
    </message>
    <message>
        <source>Preliminary opinion on %1</source>
        <translation>Preliminary opinion on %1</translation>
    </message>
    <message>
        <source>Saved %1 opinions.</source>
        <translation>Saved %1 opinions.</translation>
    </message>
</context>
<context>
    <name>rd::PresentationTimer</name>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Go on to the committee&apos;s questions</source>
        <translation>Go on to the committee&apos;s questions</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>rd::ReviewPage</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Score sheet</translation>
    </message>
    <message>
        <source>%1 (%2, %3 pages)</source>
        <translation>%1 (%2, %3 pages)</translation>
    </message>
</context>
<context>
    <name>rd::ScoreSheetWidget</name>
    <message>
        <source>Total score</source>
        <translation>Total score</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Save state</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Last change not saved</source>
        <translation>Last change not saved</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>What is still missing</translation>
    </message>
    <message>
        <source>A sheet can be marked complete once nothing is missing; only complete sheets are sent back.</source>
        <translation>A sheet can be marked complete once nothing is missing; only complete sheets are sent back.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Declare a conflict of interest…</source>
        <translation>Declare a conflict of interest…</translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>Declare a conflict of interest</translation>
    </message>
    <message>
        <source>What ties you to this applicant? Once declared, the sheet is locked and you do not score this application; the secretariat sees your declaration.</source>
        <translation>What ties you to this applicant? Once declared, the sheet is locked and you do not score this application; the secretariat sees your declaration.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>初審意見 (%1): %2</source>
        <translation>初審意見 (%1): %2</translation>
    </message>
    <message>
        <source>Preliminary opinion</source>
        <translation>Preliminary opinion</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>Score for %1</translation>
    </message>
    <message>
        <source>0–%1</source>
        <translation>0–%1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Comment on %1</translation>
    </message>
    <message>
        <source>Comment (審查意見), required</source>
        <translation>Comment (審查意見), required</translation>
    </message>
    <message>
        <source>Comment (審查意見)</source>
        <translation>Comment (審查意見)</translation>
    </message>
    <message>
        <source>Result for %1</source>
        <translation>Result for %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Pass (符合)</source>
        <translation>Pass (符合)</translation>
    </message>
    <message>
        <source>Fail (不符合)</source>
        <translation>Fail (不符合)</translation>
    </message>
    <message>
        <source>Comment; required when it fails</source>
        <translation>Comment; required when it fails</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <source>Overall comment, required</source>
        <translation>Overall comment, required</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Total %1 / 100</source>
        <translation>Total %1 / 100</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Nothing written yet</translation>
    </message>
    <message>
        <source>Saved (revision %1)</source>
        <translation>Saved (revision %1)</translation>
    </message>
    <message>
        <source>Conflict of interest declared: %1</source>
        <translation>Conflict of interest declared: %1</translation>
    </message>
    <message>
        <source>Conflict of interest check</source>
        <translation>Conflict of interest check</translation>
    </message>
    <message>
        <source>Before you score: if you have ties with this applicant or are named in its list of people to recuse (建議迴避之人員清單), declare a conflict of interest instead.</source>
        <translation>Before you score: if you have ties with this applicant or are named in its list of people to recuse (建議迴避之人員清單), declare a conflict of interest instead.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <source>Mark complete (%1)</source>
        <translation>Mark complete (%1)</translation>
    </message>
    <message>
        <source>The reason is missing: a conflict is declared with what ties you to the applicant.</source>
        <translation>The reason is missing: a conflict is declared with what ties you to the applicant.</translation>
    </message>
</context>
<context>
    <name>rd::ScreeningPanel</name>
    <message>
        <source>Screening (資格文件審查) outcome</source>
        <translation>Screening (資格文件審查) outcome</translation>
    </message>
    <message>
        <source>Outcome to record</source>
        <translation>Outcome to record</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>What to supplement or correct, one item per line</source>
        <translation>What to supplement or correct, one item per line</translation>
    </message>
    <message>
        <source>&amp;Items (one per line):</source>
        <translation>&amp;Items (one per line):</translation>
    </message>
    <message>
        <source>Deadline to supplement</source>
        <translation>Deadline to supplement</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Re&amp;cord outcome</source>
        <translation>Re&amp;cord outcome</translation>
    </message>
    <message>
        <source>E&amp;xtend the deadline</source>
        <translation>E&amp;xtend the deadline</translation>
    </message>
    <message>
        <source>Moves the deadline to supplement (補正) later; the reason is recorded.</source>
        <translation>Moves the deadline to supplement (補正) later; the reason is recorded.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>No application selected.</source>
        <translation>No application selected.</translation>
    </message>
    <message>
        <source>Screening (資格文件審查): %1</source>
        <translation>Screening (資格文件審查): %1</translation>
    </message>
    <message>
        <source>Dossier version %1.</source>
        <translation>Dossier version %1.</translation>
    </message>
    <message>
        <source>Decided %1.</source>
        <translation>Decided %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to supplement.</source>
        <translation>
            <numerusform>%n day left to supplement.</numerusform>
            <numerusform>%n days left to supplement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error findings overridden: %1 — %2</source>
        <translation>Error findings overridden: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error finding(s) stand: 符合 needs the reason they are overridden.</source>
        <translation>
            <numerusform>%n error finding stand: 符合 needs the reason they are overridden.</numerusform>
            <numerusform>%n error findings stand: 符合 needs the reason they are overridden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No error finding.</source>
        <translation>No error finding.</translation>
    </message>
    <message>
        <source>Required: why it is not accepted</source>
        <translation>Required: why it is not accepted</translation>
    </message>
    <message>
        <source>Required: why the error findings are overridden</source>
        <translation>Required: why the error findings are overridden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Extend the review &amp;period by a month</source>
        <translation>Extend the review &amp;period by a month</translation>
    </message>
    <message>
        <source>004 捌、二(一) allows the review period to be extended once, by one month; the reason is recorded.</source>
        <translation>004 捌、二(一) allows the review period to be extended once, by one month; the reason is recorded.</translation>
    </message>
    <message>
        <source>Review period (審查時程): the review was due on %1 (004 捌、二(一)).</source>
        <translation>Review period (審查時程): the review was due on %1 (004 捌、二(一)).</translation>
    </message>
    <message numerus="yes">
        <source>Review period (審查時程): due %1, %n day(s) left%2.</source>
        <translation>
            <numerusform>Review period (審查時程): due %1, %n day left%2.</numerusform>
            <numerusform>Review period (審查時程): due %1, %n days left%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>, extended once</source>
        <translation>, extended once</translation>
    </message>
    <message>
        <source>Needed to extend a deadline or the review period</source>
        <translation>Needed to extend a deadline or the review period</translation>
    </message>
</context>
<context>
    <name>rd::SearchPanel</name>
    <message>
        <source>Search all pages</source>
        <translation>Search all pages</translation>
    </message>
    <message>
        <source>Search every page of every PDF (e.g. 資安, 經費, SLA)…</source>
        <translation>Search every page of every PDF (e.g. 資安, 經費, SLA)…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>%1 pages match; the first %2 are listed.</source>
        <translation>%1 pages match; the first %2 are listed.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) match.</source>
        <translation>
            <numerusform>%n page matches.</numerusform>
            <numerusform>%n pages match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::SearchResultModel</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1 (OCR %2 %)</source>
        <translation>%1 (OCR %2 %)</translation>
    </message>
    <message>
        <source>Text of a scanned page, recognised by OCR (mean confidence %1 %): %2</source>
        <translation>Text of a scanned page, recognised by OCR (mean confidence %1 %): %2</translation>
    </message>
</context>
<context>
    <name>rd::SecretariatDesk</name>
    <message>
        <source>Screening (資格文件審查)</source>
        <translation>Screening (資格文件審查)</translation>
    </message>
    <message>
        <source>Preliminary opinions</source>
        <translation>Preliminary opinions</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>&amp;Import dossiers…</source>
        <translation>&amp;Import dossiers…</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;New round…</translation>
    </message>
    <message>
        <source>&amp;Committee and assignment…</source>
        <translation>&amp;Committee and assignment…</translation>
    </message>
    <message>
        <source>Write notices to &amp;supplement (補正通知)…</source>
        <translation>Write notices to &amp;supplement (補正通知)…</translation>
    </message>
    <message>
        <source>Export reviewer &amp;packages…</source>
        <translation>Export reviewer &amp;packages…</translation>
    </message>
    <message>
        <source>Import score &amp;return…</source>
        <translation>Import score &amp;return…</translation>
    </message>
    <message>
        <source>C&amp;onsensus meeting (共識會議)…</source>
        <translation>C&amp;onsensus meeting (共識會議)…</translation>
    </message>
    <message>
        <source>&amp;Archive the round…</source>
        <translation>&amp;Archive the round…</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>Name of the review round (審查梯次):</source>
        <translation>Name of the review round (審查梯次):</translation>
    </message>
    <message>
        <source>DIGITAL+ 114年度 第2梯次</source>
        <translation>DIGITAL+ 114年度 第2梯次</translation>
    </message>
    <message>
        <source>Archive the round</source>
        <translation>Archive the round</translation>
    </message>
    <message>
        <source>round-archive.rdarc</source>
        <translation>round-archive.rdarc</translation>
    </message>
    <message>
        <source>Round archives (*.rdarc *.zip)</source>
        <translation>Round archives (*.rdarc *.zip)</translation>
    </message>
    <message>
        <source>No secretariat certificate is registered for this round: register it in Committee and assignment before archiving, or the signature is refused.</source>
        <translation>No secretariat certificate is registered for this round: register it in Committee and assignment before archiving, or the signature is refused.</translation>
    </message>
    <message>
        <source>the archive certificate (封存證明) as the secretariat</source>
        <translation>the archive certificate (封存證明) as the secretariat</translation>
    </message>
    <message>
        <source>Archiving the round…</source>
        <translation>Archiving the round…</translation>
    </message>
    <message>
        <source>%1 files archived in %2.
SHA-256 of its manifest: %3

An auditor opens it with File → Open a round archive for audit.</source>
        <translation>%1 files archived in %2.
SHA-256 of its manifest: %3

An auditor opens it with File → Open a round archive for audit.</translation>
    </message>
    <message>
        <source>Choose the folder for the notices to supplement</source>
        <translation>Choose the folder for the notices to supplement</translation>
    </message>
    <message>
        <source>Writing the notices to supplement…</source>
        <translation>Writing the notices to supplement…</translation>
    </message>
    <message>
        <source>Notices to supplement (補正通知)</source>
        <translation>Notices to supplement (補正通知)</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) and their CSV list written to %1.</source>
        <translation>
            <numerusform>%n notice(s) and their CSV list written to %1.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>&amp;Language (after a restart):</translation>
    </message>
    <message>
        <source>Default workspace folder</source>
        <translation>Default workspace folder</translation>
    </message>
    <message>
        <source>&amp;Workspaces folder:</source>
        <translation>&amp;Workspaces folder:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Page cache of the PDF reader</source>
        <translation>Page cache of the PDF reader</translation>
    </message>
    <message>
        <source>Rendered pages kept in memory; more makes paging back faster</source>
        <translation>Rendered pages kept in memory; more makes paging back faster</translation>
    </message>
    <message>
        <source>PDF reader&apos;s &amp;page cache:</source>
        <translation>PDF reader&apos;s &amp;page cache:</translation>
    </message>
    <message>
        <source>Deviation thresholds of new rounds (差異警示)</source>
        <translation>Deviation thresholds of new rounds (差異警示)</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Total apart from the others</source>
        <translation>Total apart from the others</translation>
    </message>
    <message>
        <source>A member&apos;s &amp;total apart from the others&apos; mean by:</source>
        <translation>A member&apos;s &amp;total apart from the others&apos; mean by:</translation>
    </message>
    <message>
        <source> places</source>
        <translation> places</translation>
    </message>
    <message>
        <source>Rank apart from the others</source>
        <translation>Rank apart from the others</translation>
    </message>
    <message>
        <source>A member&apos;s &amp;rank apart from the others&apos; median by:</source>
        <translation>A member&apos;s &amp;rank apart from the others&apos; median by:</translation>
    </message>
    <message>
        <source>Spread of a criterion</source>
        <translation>Spread of a criterion</translation>
    </message>
    <message>
        <source>A &amp;criterion&apos;s scores spread over (of its maximum):</source>
        <translation>A &amp;criterion&apos;s scores spread over (of its maximum):</translation>
    </message>
    <message>
        <source>Each round keeps the thresholds it was created with; rounds already created keep theirs.</source>
        <translation>Each round keeps the thresholds it was created with; rounds already created keep theirs.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Certificate store folder</source>
        <translation>Certificate store folder</translation>
    </message>
    <message>
        <source>default: ReviewDesk/nssdb in your data folder</source>
        <translation>default: ReviewDesk/nssdb in your data folder</translation>
    </message>
    <message>
        <source>Certificate &amp;store (after a restart):</source>
        <translation>Certificate &amp;store (after a restart):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Browse for %1</translation>
    </message>
</context>
<context>
    <name>rd::TextMatchDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3 % of its text in common</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3 % of its text in common</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (round “%4”)&lt;br&gt;%2 — %3 % of its text in common</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (round “%4”)&lt;br&gt;%2 — %3 % of its text in common</translation>
    </message>
    <message>
        <source>Similar proposal text</source>
        <translation>Similar proposal text</translation>
    </message>
    <message>
        <source>The passages below appear in both documents, beyond the text every proposal of the workspace shares (the proposal template, 附件7). A company may not apply with the same or a similar plan elsewhere (004 捌、一(七)); the secretariat may ask for the earlier plan (捌、一(八)).</source>
        <translation>The passages below appear in both documents, beyond the text every proposal of the workspace shares (the proposal template, 附件7). A company may not apply with the same or a similar plan elsewhere (004 捌、一(七)); the secretariat may ask for the earlier plan (捌、一(八)).</translation>
    </message>
    <message numerus="yes">
        <source>p. %1 ↔ p. %2 · %n character(s): %3…</source>
        <translation>
            <numerusform>p. %1 ↔ p. %2 · %n character: %3…</numerusform>
            <numerusform>p. %1 ↔ p. %2 · %n characters: %3…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in the document window</source>
        <translation>Open in the document window</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Shared passages</source>
        <translation>Shared passages</translation>
    </message>
</context>
</TS>
