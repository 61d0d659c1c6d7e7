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
        <source>%1: the header has no “%2” column (expected item,subsidy,self_funded,security)</source>
        <translation>%1: the header has no “%2” column (expected item,subsidy,self_funded,security)</translation>
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
        <source>%1 is not a readable XLSX workbook: %2</source>
        <translation>%1 is not a readable XLSX workbook: %2</translation>
    </message>
    <message>
        <source>%1 has no first worksheet</source>
        <translation>%1 has no first worksheet</translation>
    </message>
    <message>
        <source>%1: the worksheet is damaged: %2</source>
        <translation>%1: the worksheet is damaged: %2</translation>
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
        <source> (replaced)</source>
        <translation> (replaced)</translation>
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
        <source>Replace an application already in the round (same 統一編號 and proposal title).</source>
        <translation>Replace an application already in the round (same 統一編號 and proposal title).</translation>
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
        <translation>A 統一編號 the member declares ties with (repeatable).</translation>
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
        <translation>No application of the round has 統一編號 %1.</translation>
    </message>
    <message>
        <source>統一編號 %1 has several proposals in the round; choose one with --title.</source>
        <translation>統一編號 %1 has several proposals in the round; choose one with --title.</translation>
    </message>
    <message>
        <source>The application&apos;s 統一編號.</source>
        <translation>The application&apos;s 統一編號.</translation>
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
        <source>Committee members per application (default 3).</source>
        <translation>Committee members per application (default 3).</translation>
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
        <source>Usage: reviewdesk-cli COMMAND [OPTIONS]

Commands:
  init WS                       create a workspace with a DIGITAL+ 2025 round
  import WS PATH... [--replace] import dossiers (folders or ZIPs)
  demo WS [--applications N] [--reviewers M] [--seed S]
                                write and import a realistic demo round
  findings WS                   list eligibility and budget findings
  search WS QUERY               search every page of every PDF
  reviewers add WS NAME [--organization ORG …] | reviewers list WS
                                the committee pool (委員)
  assign auto WS [--per-application N] | assign add WS UBN REVIEWER [--reason TEXT]
  assign list WS                who reviews which application; never a conflict unless overridden
  preliminary set WS UBN TEXT [--criterion ID] [--meets yes|partly|no] | preliminary list WS UBN
                                the secretariat&apos;s preliminary opinion (初審意見)

Options everywhere: --help, --json (where it applies), --round ID, --lang zh_TW|en.
Exit status: 0 success, 1 some input failed, 2 usage.
</source>
        <translation>Usage: reviewdesk-cli COMMAND [OPTIONS]

Commands:
  init WS                       create a workspace with a DIGITAL+ 2025 round
  import WS PATH... [--replace] import dossiers (folders or ZIPs)
  demo WS [--applications N] [--reviewers M] [--seed S]
                                write and import a realistic demo round
  findings WS                   list eligibility and budget findings
  search WS QUERY               search every page of every PDF
  reviewers add WS NAME [--organization ORG …] | reviewers list WS
                                the committee pool (委員)
  assign auto WS [--per-application N] | assign add WS UBN REVIEWER [--reason TEXT]
  assign list WS                who reviews which application; never a conflict unless overridden
  preliminary set WS UBN TEXT [--criterion ID] [--meets yes|partly|no] | preliminary list WS UBN
                                the secretariat&apos;s preliminary opinion (初審意見)

Options everywhere: --help, --json (where it applies), --round ID, --lang zh_TW|en.
Exit status: 0 success, 1 some input failed, 2 usage.
</translation>
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
        <translation>Declared a tie with 統一編號 %1</translation>
    </message>
    <message>
        <source>Declared a tie with %1</source>
        <translation>Declared a tie with %1</translation>
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
        <source>%1 is %2 MB, too large for what it should hold</source>
        <translation>%1 is %2 MB, too large for what it should hold</translation>
    </message>
    <message>
        <source>the file name “%1” has a control character</source>
        <translation>the file name “%1” has a control character</translation>
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
        <translation>統一編號 check digit</translation>
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
        <translation>統一編號 %1 fails the Ministry of Finance check digit.</translation>
    </message>
    <message>
        <source>統一編號 %1 has %2 proposals in this round (also: %3); each company may submit one.</source>
        <translation>統一編號 %1 has %2 proposals in this round (also: %3); each company may submit one.</translation>
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
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>%1 cannot be opened as a PDF</source>
        <translation>%1 cannot be opened as a PDF</translation>
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
    <name>Text</name>
    <message>
        <source>the text is neither UTF-8 nor Big5/CP950</source>
        <translation>the text is neither UTF-8 nor Big5/CP950</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>“%1” is not an amount</translation>
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
    <name>XlsxWorkbook</name>
    <message>
        <source>libxlsxwriter cannot be loaded: %1</source>
        <translation>libxlsxwriter cannot be loaded: %1</translation>
    </message>
    <message>
        <source>libxlsxwriter lacks %1</source>
        <translation>libxlsxwriter lacks %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot add the worksheet “%1”</source>
        <translation>cannot add the worksheet “%1”</translation>
    </message>
    <message>
        <source>cannot write %1 (libxlsxwriter error %2)</source>
        <translation>cannot write %1 (libxlsxwriter error %2)</translation>
    </message>
    <message>
        <source>XLSX files cannot be written by a sanitizer build</source>
        <translation>XLSX files cannot be written by a sanitizer build</translation>
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
        <source>Workspace folder to open.</source>
        <translation>Workspace folder to open.</translation>
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
        <translation>統一編號</translation>
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
        <translation>統一編號</translation>
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
        <translation>補助款</translation>
    </message>
    <message>
        <source>自籌款</source>
        <translation>自籌款</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>資安經費</source>
        <translation>資安經費</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>Share of total</translation>
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
</context>
<context>
    <name>rd::FindingListModel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>統一編號</source>
        <translation>統一編號</translation>
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
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
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
        <source>%1 already holds 統一編號 %2 with the proposal “%3”. Replace it with the dossier from %4?</source>
        <translation>%1 already holds 統一編號 %2 with the proposal “%3”. Replace it with the dossier from %4?</translation>
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
</context>
<context>
    <name>rd::ImportJob</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>統一編號 %1 with the proposal “%2” is already in this round; kept the existing application (import with replace to overwrite it)</source>
        <translation>統一編號 %1 with the proposal “%2” is already in this round; kept the existing application (import with replace to overwrite it)</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>ReviewDesk 審查工作站</source>
        <translation>ReviewDesk 審查工作站</translation>
    </message>
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
        <source>Filter applications</source>
        <translation>Filter applications</translation>
    </message>
    <message>
        <source>Filter by 統一編號, applicant or title</source>
        <translation>Filter by 統一編號, applicant or title</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
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
        <source>Open or create a workspace to begin (File menu).</source>
        <translation>Open or create a workspace to begin (File menu).</translation>
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
        <source>&amp;Import dossiers…</source>
        <translation>&amp;Import dossiers…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>&amp;New round…</translation>
    </message>
    <message>
        <source>&amp;Search all pages</source>
        <translation>&amp;Search all pages</translation>
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
        <source>&lt;b&gt;ReviewDesk 審查工作站&lt;/b&gt; %1&lt;p&gt;Review workstation for Taiwanese digital-industry subsidy programs: intake checks, committee scoring, consensus and signed results.&lt;/p&gt;&lt;p&gt;Built with Qt %2, Poppler, QuaZip, libxlsxwriter and SQLite.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ReviewDesk 審查工作站&lt;/b&gt; %1&lt;p&gt;Review workstation for Taiwanese digital-industry subsidy programs: intake checks, committee scoring, consensus and signed results.&lt;/p&gt;&lt;p&gt;Built with Qt %2, Poppler, QuaZip, libxlsxwriter and SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The language changes the next time ReviewDesk starts.</source>
        <translation>The language changes the next time ReviewDesk starts.</translation>
    </message>
    <message>
        <source>ReviewDesk</source>
        <translation>ReviewDesk</translation>
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
        <source>Applications: %1 · ineligible: %2 · errors: %3 · warnings: %4</source>
        <translation>Applications: %1 · ineligible: %2 · errors: %3 · warnings: %4</translation>
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
</context>
<context>
    <name>rd::PdfPageView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
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
        <source>Page image</source>
        <translation>Page image</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
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
        <source>The first %1 pages</source>
        <translation>The first %1 pages</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
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
</context>
</TS>
