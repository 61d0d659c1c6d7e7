<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ApplicationListModel</name>
    <message>
        <source>Complete</source>
        <translation>資料齊備</translation>
    </message>
    <message>
        <source>Check warnings</source>
        <translation>請檢視警示</translation>
    </message>
    <message>
        <source>補件 needed</source>
        <translation>需補件</translation>
    </message>
    <message>
        <source>Budget to correct</source>
        <translation>經費需修正</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>資格不符</translation>
    </message>
</context>
<context>
    <name>ApplicationStore</name>
    <message>
        <source>there is no round %1 in this workspace</source>
        <translation>此工作區沒有第 %1 號審查梯次</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>there is no application %1</source>
        <translation>找不到申請案 %1</translation>
    </message>
    <message>
        <source>there is no document %1</source>
        <translation>找不到文件 %1</translation>
    </message>
    <message>
        <source>the round already uses the rubric “%1” version %2; a round keeps the rubric it was given</source>
        <translation>本梯次已使用評分表「%1」第 %2 版；審查梯次沿用原定評分表</translation>
    </message>
    <message>
        <source>round %1 has no rubric yet</source>
        <translation>第 %1 號審查梯次尚未指定評分表</translation>
    </message>
    <message>
        <source>the rubric “%1” frozen in this workspace</source>
        <translation>此工作區保存的評分表「%1」</translation>
    </message>
    <message>
        <source>there is no application %1 in this workspace</source>
        <translation>此工作區沒有申請案 %1</translation>
    </message>
    <message>
        <source>the recognised words of page %1 of document %2 are damaged</source>
        <translation>文件 %2 第 %1 頁的 OCR 辨識字詞資料已損壞</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>Record the approved subsidy (核定補助款) of a passed application.</source>
        <translation>通過之申請案須記錄核定補助款。</translation>
    </message>
    <message>
        <source>The approved subsidy (核定補助款) of %1 thousand exceeds the %2 thousand requested.</source>
        <translation>核定補助款 %1 千元超過申請補助款 %2 千元。</translation>
    </message>
    <message>
        <source>The approved total budget (核定總經費) must be more than 0 and at most the %1 thousand submitted.</source>
        <translation>核定總經費須大於 0，且不得超過申請總經費 %1 千元。</translation>
    </message>
    <message>
        <source>The approved subsidy (核定補助款) of %1 thousand is more than %2 % of the approved total budget of %3 thousand (004 捌、一(四)1).</source>
        <translation>核定補助款 %1 千元超過核定總經費 %3 千元之 %2%（004 捌、一(四)1）。</translation>
    </message>
    <message>
        <source>%1 organisations to promote (推動家數) reach no subsidy tier of the category (%2): nothing can be approved.</source>
        <translation>推動家數 %1 家未達此類別任何申請額度級距（%2）：無法核定補助款。</translation>
    </message>
    <message>
        <source>The approved subsidy (核定補助款) of %1 thousand exceeds the cap of %2 thousand for %3 organisations to promote (推動家數) (%4).</source>
        <translation>核定補助款 %1 千元超過推動家數 %3 家之申請額度上限 %2 千元（%4）。</translation>
    </message>
</context>
<context>
    <name>ArchiveVerifier</name>
    <message>
        <source>%1; signed by %2 on %3</source>
        <translation>%1；由 %2 於 %3 簽章</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>封存檔</translation>
    </message>
    <message>
        <source>Archive certificate</source>
        <translation>封存證明</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽章</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>共識結果</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>無法建立暫存資料夾</translation>
    </message>
    <message>
        <source>%1 cannot be read as a round archive: %2</source>
        <translation>%1 無法作為梯次封存檔讀取：%2</translation>
    </message>
    <message>
        <source>%1 is not a ReviewDesk round archive (its manifest is missing or of another kind).</source>
        <translation>%1 不是 ReviewDesk 梯次封存檔（缺少清單或為其他類型）。</translation>
    </message>
    <message>
        <source>%1 was written by a newer ReviewDesk (archive version %2).</source>
        <translation>%1 由較新版的 ReviewDesk 產生（封存格式版本 %2）。</translation>
    </message>
    <message>
        <source>signed, but for another manifest: the manifest was changed after the archive was certified</source>
        <translation>已簽章，但針對的是另一份清單：清單在封存證明後遭修改</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>missing from the archive</source>
        <translation>封存檔中缺少此檔</translation>
    </message>
    <message>
        <source>SHA-256 matches the manifest</source>
        <translation>SHA-256 與清單相符</translation>
    </message>
    <message>
        <source>altered: its SHA-256 is %1, the manifest says %2</source>
        <translation>遭修改：其 SHA-256 為 %1，清單記載為 %2</translation>
    </message>
    <message>
        <source>not listed in the manifest: added after the archive was made</source>
        <translation>不在清單中：封存後另行加入</translation>
    </message>
    <message>
        <source>signed, but bound to other data than %1: the sheet&apos;s data was changed or swapped</source>
        <translation>已簽章，但綁定的資料與 %1 不符：評分資料遭修改或調換</translation>
    </message>
    <message>
        <source>%1 events, chain intact</source>
        <translation>%1 筆事件，雜湊鏈完整</translation>
    </message>
    <message>
        <source>the database snapshot cannot be opened</source>
        <translation>無法開啟資料庫快照</translation>
    </message>
    <message>
        <source>the snapshot holds %1 events, the exported log %2</source>
        <translation>快照有 %1 筆事件，匯出的紀錄有 %2 筆</translation>
    </message>
    <message>
        <source>the archive holds no signed consensus sheet</source>
        <translation>封存檔中沒有已簽章的評選總表</translation>
    </message>
    <message>
        <source>the results recomputed from the sheets equal what the chair signed (SHA-256 %1…)</source>
        <translation>由評分表重新計算的結果與主席簽署者相同（SHA-256 %1…）</translation>
    </message>
    <message>
        <source>the results recomputed from the sheets (SHA-256 %1…) differ from what the chair signed (%2…)</source>
        <translation>由評分表重新計算的結果（SHA-256 %1…）與主席簽署者（%2…）不同</translation>
    </message>
    <message>
        <source>differs from the sheet the database recorded as received</source>
        <translation>與資料庫記錄的收件評分表不同</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>查核報告</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>Verification report (查核報告)</source>
        <translation>查核報告</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>封存檔：%1</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>梯次：%1</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>驗證時間：%1</translation>
    </message>
    <message>
        <source>Result: everything verifies (%1 checks).</source>
        <translation>結果：全部驗證通過（%1 項檢查）。</translation>
    </message>
    <message>
        <source>Result: %1 of %2 checks failed.</source>
        <translation>結果：%2 項檢查中有 %1 項未通過。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>結果說明</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通過</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>公開資料</translation>
    </message>
    <message>
        <source>signed by %1, but %2</source>
        <translation>由 %1 簽章，但%2</translation>
    </message>
    <message>
        <source>signed by %1 with certificate %2, which is not a secretariat certificate the auditor named</source>
        <translation>由 %1 以憑證 %2 簽章，該憑證不在查核人員指定的秘書處憑證之中</translation>
    </message>
    <message>
        <source>the archive registers this certificate (%1) as the secretariat&apos;s: confirm it from outside the archive</source>
        <translation>本封存將此憑證（%1）登錄為秘書處憑證：請以封存以外的來源確認</translation>
    </message>
    <message>
        <source>a secretariat certificate the auditor named</source>
        <translation>為查核人員指定的秘書處憑證</translation>
    </message>
    <message>
        <source>%1 events, chain intact; %2 anchors hold</source>
        <translation>%1 筆事件，鏈完整；%2 個錨點相符</translation>
    </message>
    <message>
        <source>the log ends at event %1, the archive certificate at %2</source>
        <translation>紀錄止於第 %1 筆事件，封存證明錨定第 %2 筆</translation>
    </message>
    <message>
        <source>event %1 differs between the snapshot and the exported log</source>
        <translation>第 %1 筆事件在資料庫快照與匯出紀錄中不同</translation>
    </message>
    <message>
        <source>row %1 differs from the database snapshot (%2 rows there, %3 here)</source>
        <translation>第 %1 列與資料庫快照不同（快照 %2 列，此處 %3 列）</translation>
    </message>
    <message>
        <source>the round accepted unsigned sheets from members without a registered certificate: those sheets rest on the secretariat&apos;s word alone</source>
        <translation>本梯次接受未登錄憑證之委員寄回未簽章的評分表：這些評分表僅憑秘書處的紀錄</translation>
    </message>
    <message>
        <source>signed, but its time stamp %1 does not hold: %2</source>
        <translation>已簽章，但其時戳 %1 不成立：%2</translation>
    </message>
    <message>
        <source>; time-stamped %1 by %2</source>
        <translation>；時戳 %1，由 %2 核發</translation>
    </message>
    <message>
        <source>signed, but the round has its documents time-stamped and %1 is missing</source>
        <translation>已簽章，但本梯次文件須附時戳，缺少 %1</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Application form</source>
        <translation>計畫申請表</translation>
    </message>
    <message>
        <source>Financial statements</source>
        <translation>財務報表</translation>
    </message>
    <message>
        <source>Sales proof</source>
        <translation>銷售實績證明</translation>
    </message>
    <message>
        <source>Quality proof</source>
        <translation>技術成果與品質證明</translation>
    </message>
    <message>
        <source>Personal-data consent</source>
        <translation>個資同意書</translation>
    </message>
    <message>
        <source>COI disclosure</source>
        <translation>利益衝突揭露表</translation>
    </message>
    <message>
        <source>Recusal list</source>
        <translation>建議迴避之人員清單</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>簡報</translation>
    </message>
    <message>
        <source>Letters of intent</source>
        <translation>合作意向書</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Agreement (協議書)</source>
        <translation>協議書</translation>
    </message>
    <message>
        <source>Advisor&apos;s consent (願任同意書)</source>
        <translation>願任同意書</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>event %1 follows event %2: an event is missing</source>
        <translation>第 %1 筆事件接在第 %2 筆之後：有事件遺失</translation>
    </message>
    <message>
        <source>event %1 does not link to the event before it</source>
        <translation>第 %1 筆事件與前一筆的鏈結不符</translation>
    </message>
    <message>
        <source>event %1 was changed after it was recorded</source>
        <translation>第 %1 筆事件在記錄後遭修改</translation>
    </message>
    <message>
        <source>Application imported</source>
        <translation>匯入申請案</translation>
    </message>
    <message>
        <source>Reviewer assigned</source>
        <translation>指派委員</translation>
    </message>
    <message>
        <source>Conflict declared</source>
        <translation>聲明利益迴避</translation>
    </message>
    <message>
        <source>Conflict overridden</source>
        <translation>排除迴避限制指派</translation>
    </message>
    <message>
        <source>Score sheet edited</source>
        <translation>修改評分表</translation>
    </message>
    <message>
        <source>Score sheet completed</source>
        <translation>評分表完成</translation>
    </message>
    <message>
        <source>Score return imported</source>
        <translation>匯入評分回傳</translation>
    </message>
    <message>
        <source>Certificate registered</source>
        <translation>登錄憑證</translation>
    </message>
    <message>
        <source>Document signed</source>
        <translation>文件簽章</translation>
    </message>
    <message>
        <source>Score revised (複評)</source>
        <translation>複評修正分數</translation>
    </message>
    <message>
        <source>Difference resolved</source>
        <translation>差異議決</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>記錄決議</translation>
    </message>
    <message>
        <source>Results made final</source>
        <translation>確定結果</translation>
    </message>
    <message>
        <source>Results reopened</source>
        <translation>重新開啟結果</translation>
    </message>
    <message>
        <source>Results exported</source>
        <translation>匯出結果</translation>
    </message>
    <message>
        <source>Round archived</source>
        <translation>梯次封存</translation>
    </message>
    <message>
        <source>%1 anchors event %2, which the trail no longer holds (%3 events): the trail was cut</source>
        <translation>%1 錨定第 %2 筆事件，但稽核軌跡已無此事件（共 %3 筆）：軌跡遭截斷</translation>
    </message>
    <message>
        <source>%1 anchors event %2 with another SHA-256: the trail was rewritten</source>
        <translation>%1 錨定第 %2 筆事件，但其 SHA-256 不同：軌跡遭改寫</translation>
    </message>
    <message>
        <source>The import of return %1</source>
        <translation>第 %1 次評分回傳的匯入</translation>
    </message>
    <message>
        <source>Reviewer package exported</source>
        <translation>已匯出審查包</translation>
    </message>
    <message>
        <source>Score sheet withdrawn</source>
        <translation>已撤回評分表</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write to the blob store: %1</source>
        <translation>無法寫入文件儲存區：%1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>無法建立 %1</translation>
    </message>
    <message>
        <source>cannot move a blob into place at %1</source>
        <translation>無法將檔案移入 %1</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>Project staff</source>
        <translation>計畫人員</translation>
    </message>
    <message>
        <source>Advisors and experts</source>
        <translation>顧問、專家費</translation>
    </message>
    <message>
        <source>Equipment use</source>
        <translation>設備使用費</translation>
    </message>
    <message>
        <source>Equipment maintenance</source>
        <translation>設備維護費</translation>
    </message>
    <message>
        <source>Intangible assets</source>
        <translation>無形資產引進費</translation>
    </message>
    <message>
        <source>Commissioned research</source>
        <translation>委託研究費</translation>
    </message>
    <message>
        <source>Commissioned services</source>
        <translation>委託勞務費</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>驗證費</translation>
    </message>
    <message>
        <source>Domestic travel</source>
        <translation>國內差旅費</translation>
    </message>
    <message>
        <source>Promotion events</source>
        <translation>推廣活動舉辦費</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>廣告宣傳費</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>BudgetReader</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 沒有內容</translation>
    </message>
    <message>
        <source>%1, row %2: “%3” is not an item of 計畫總經費預算表</source>
        <translation>%1 第 %2 列：「%3」不是計畫總經費預算表的科目</translation>
    </message>
    <message>
        <source>%1, row %2: the item “%3” appears twice</source>
        <translation>%1 第 %2 列：科目「%3」重複出現</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1 第 %2 列：%3</translation>
    </message>
    <message>
        <source>%1 has no budget items</source>
        <translation>%1 沒有任何經費科目</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, row %2: the header has no %3 column</source>
        <translation>%1 第 %2 列：標題列缺少 %3 欄</translation>
    </message>
    <message>
        <source>; not understood: %1</source>
        <translation>；無法辨識的欄位：%1</translation>
    </message>
    <message>
        <source>%1: the quoted field that opens on line %2 is never closed</source>
        <translation>%1：第 %2 行開始的引號欄位沒有結束</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>無法讀取 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>無法建立暫存資料夾</translation>
    </message>
    <message>
        <source>%1 is not a %2: it is not a ZIP file</source>
        <translation>%1 不是%2：它不是 ZIP 檔</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a %2: it has no manifest.json</source>
        <translation>%1 不是%2：缺少 manifest.json</translation>
    </message>
    <message>
        <source>%1: manifest.json is not valid JSON (%2)</source>
        <translation>%1：manifest.json 不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>%1 is not a %2 (its format is &quot;%3&quot;)</source>
        <translation>%1 不是%2（其格式為「%3」）</translation>
    </message>
    <message>
        <source>%1: the manifest has no valid version</source>
        <translation>%1：清單沒有有效的版本</translation>
    </message>
    <message>
        <source>%1 was made by a newer ReviewDesk (format version %2; this one reads up to %3). Update ReviewDesk to open it.</source>
        <translation>%1 由較新版的 ReviewDesk 產生（格式版本 %2；本版最多可讀 %3）。請更新 ReviewDesk 後再開啟。</translation>
    </message>
    <message>
        <source>%1: the manifest lists an unsafe name &quot;%2&quot;</source>
        <translation>%1：清單列有不安全的名稱「%2」</translation>
    </message>
    <message>
        <source>%1: %2 is listed in the manifest but missing</source>
        <translation>%1：清單列有 %2，但檔案不存在</translation>
    </message>
    <message>
        <source>%1 has been altered: the SHA-256 of %2 does not match its manifest</source>
        <translation>%1 已遭修改：%2 的 SHA-256 與清單不符</translation>
    </message>
    <message>
        <source>%1 has been altered: %2 is not listed in its manifest</source>
        <translation>%1 已遭修改：%2 不在清單中</translation>
    </message>
    <message>
        <source>%1: %2 is not listed in its manifest</source>
        <translation>%1：%2 不在清單中</translation>
    </message>
    <message>
        <source>%1: %2 is missing</source>
        <translation>%1：缺少 %2</translation>
    </message>
</context>
<context>
    <name>CertificateStore</name>
    <message>
        <source>%1 is not installed; the certificate store needs NSS&apos;s tools (Debian: libnss3-tools).</source>
        <translation>未安裝 %1；憑證庫需要 NSS 工具（Debian：libnss3-tools）。</translation>
    </message>
    <message>
        <source>%1 cannot start: %2</source>
        <translation>%1 無法啟動：%2</translation>
    </message>
    <message>
        <source>%1 did not finish</source>
        <translation>%1 未完成</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失敗：%2</translation>
    </message>
    <message>
        <source>There is already a certificate store in %1.</source>
        <translation>%1 已有憑證庫。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Creating the certificate store</source>
        <translation>建立憑證庫</translation>
    </message>
    <message>
        <source>There is no certificate store in %1 yet.</source>
        <translation>%1 尚無憑證庫。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>匯入 %1</translation>
    </message>
    <message>
        <source>Trusting %1</source>
        <translation>信任 %1</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not exist.</source>
        <translation>PKCS#11 模組 %1 不存在。</translation>
    </message>
    <message>
        <source>Registering the PKCS#11 module %1</source>
        <translation>登錄 PKCS#11 模組 %1</translation>
    </message>
    <message>
        <source>Creating the authority %1</source>
        <translation>建立憑證機構 %1</translation>
    </message>
    <message>
        <source>Issuing a certificate for %1</source>
        <translation>為 %1 簽發憑證</translation>
    </message>
    <message>
        <source>Cannot read back the authority %1.</source>
        <translation>無法讀回憑證機構 %1。</translation>
    </message>
    <message>
        <source>Removing the authority&apos;s key</source>
        <translation>移除憑證機構的私鑰</translation>
    </message>
    <message>
        <source>Cannot hand the password to NSS&apos;s tools: no pipe could be made for it.</source>
        <translation>無法將密碼交給 NSS 工具：無法為其建立管道。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Members&apos; totals</source>
        <translation>委員總分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總分</translation>
    </message>
    <message>
        <source>Member&apos;s total</source>
        <translation>委員總分</translation>
    </message>
    <message>
        <source>Pass mark %1</source>
        <translation>及格分數 %1</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>平均 %1</translation>
    </message>
    <message>
        <source>Spread per criterion (% of its maximum)</source>
        <translation>各評分項目分布（占配分之百分比）</translation>
    </message>
    <message>
        <source>Members&apos; scores</source>
        <translation>委員評分</translation>
    </message>
    <message>
        <source>Leniency: mean distance from the other members</source>
        <translation>委員寬嚴：與其他委員之平均差距</translation>
    </message>
    <message>
        <source>Points above (+) or below (−) the others</source>
        <translation>高於（+）或低於（−）其他委員之分數</translation>
    </message>
    <message>
        <source>The round by rank</source>
        <translation>本梯次依名次分布</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Mean total</source>
        <translation>平均總分</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>獲補助</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>未獲補助</translation>
    </message>
    <message>
        <source>Funding line (budget %L1 thousand)</source>
        <translation>補助額度線（預算 %L1 千元）</translation>
    </message>
    <message>
        <source>Flagged member&apos;s total</source>
        <translation>被標示委員的總分</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 輸出結果。</translation>
    </message>
    <message>
        <source>The round (default: the latest).</source>
        <translation>審查梯次（預設為最新梯次）。</translation>
    </message>
    <message>
        <source>The workspace has no review round.</source>
        <translation>此工作區沒有審查梯次。</translation>
    </message>
    <message>
        <source>There is no round %1 in this workspace.</source>
        <translation>此工作區沒有第 %1 號審查梯次。</translation>
    </message>
    <message>
        <source>imported  %1 %2 — %3 documents, %4 pages%5</source>
        <translation>已匯入  %1 %2 — %3 份文件，%4 頁%5</translation>
    </message>
    <message>
        <source>rejected  %1: %2</source>
        <translation>已退回  %1：%2</translation>
    </message>
    <message>
        <source>%1 imported, %2 rejected.</source>
        <translation>已匯入 %1 件，退回 %2 件。</translation>
    </message>
    <message>
        <source>The checks could not be run: %1</source>
        <translation>無法執行檢核：%1</translation>
    </message>
    <message>
        <source>Folder of the new workspace.</source>
        <translation>新工作區的資料夾。</translation>
    </message>
    <message>
        <source>Create a workspace with a DIGITAL+ 2025 review round.</source>
        <translation>建立含 DIGITAL+ 114年度審查梯次的工作區。</translation>
    </message>
    <message>
        <source>Created the workspace %1 with round %2.</source>
        <translation>已建立工作區 %1，審查梯次編號 %2。</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>工作區。</translation>
    </message>
    <message>
        <source>Dossier folders or ZIPs, or folders/ZIPs of many.</source>
        <translation>申請資料夾或 ZIP，或內含多件申請資料的資料夾／ZIP。</translation>
    </message>
    <message>
        <source>Import application dossiers into a round.</source>
        <translation>將申請資料匯入審查梯次。</translation>
    </message>
    <message>
        <source>Folder of the new demo workspace.</source>
        <translation>示範工作區的資料夾。</translation>
    </message>
    <message>
        <source>Number of applications (1–500, default 24).</source>
        <translation>申請案件數（1–500，預設 24）。</translation>
    </message>
    <message>
        <source>Number of committee members (default 7).</source>
        <translation>審查委員人數（預設 7）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same round.</source>
        <translation>亂數種子；相同種子產生相同梯次。</translation>
    </message>
    <message>
        <source>Write a realistic demo round as dossier folders and import it.</source>
        <translation>產生擬真的示範梯次申請資料並匯入。</translation>
    </message>
    <message>
        <source>--applications must be 1–500, --reviewers at least 1, --seed a number.</source>
        <translation>--applications 須為 1–500，--reviewers 至少 1，--seed 須為數字。</translation>
    </message>
    <message>
        <source>writing dossiers: %1/%2</source>
        <translation>產生申請資料：%1/%2</translation>
    </message>
    <message>
        <source>importing: %1/%2</source>
        <translation>匯入中：%1/%2</translation>
    </message>
    <message>
        <source>List the findings of the eligibility and budget checks.</source>
        <translation>列出資格與經費檢核結果。</translation>
    </message>
    <message>
        <source>%1 findings.</source>
        <translation>共 %1 項檢核結果。</translation>
    </message>
    <message>
        <source>Words to find; Chinese of any length is matched as typed.</source>
        <translation>要檢索的字詞；任何長度的中文皆依輸入內容比對。</translation>
    </message>
    <message>
        <source>At most this many pages (default 200).</source>
        <translation>最多列出的頁數（預設 200）。</translation>
    </message>
    <message>
        <source>Search the text of every page of every PDF.</source>
        <translation>檢索所有 PDF 每一頁的文字。</translation>
    </message>
    <message>
        <source>%1 pages.</source>
        <translation>共 %1 頁。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知的指令「%1」。</translation>
    </message>
    <message>
        <source>The member&apos;s name.</source>
        <translation>委員姓名。</translation>
    </message>
    <message>
        <source>Where the member works.</source>
        <translation>委員服務單位。</translation>
    </message>
    <message>
        <source>Job title (職稱).</source>
        <translation>職稱。</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>電子郵件地址。</translation>
    </message>
    <message>
        <source>An internal member (default: external expert).</source>
        <translation>內部委員（預設為外部專家）。</translation>
    </message>
    <message>
        <source>An organisation the member declares ties with (repeatable).</source>
        <translation>委員申報有關係的單位（可重複）。</translation>
    </message>
    <message>
        <source>A 統一編號 the member declares ties with (repeatable).</source>
        <translation>委員申報有關係的統一編號（可重複）。</translation>
    </message>
    <message>
        <source>Add a committee member (委員).</source>
        <translation>新增審查委員。</translation>
    </message>
    <message>
        <source>Added committee member %1: %2</source>
        <translation>已新增審查委員 %1：%2</translation>
    </message>
    <message>
        <source>List the committee members.</source>
        <translation>列出審查委員。</translation>
    </message>
    <message>
        <source>No application of the round has 統一編號 %1.</source>
        <translation>本梯次沒有統一編號 %1 的申請案。</translation>
    </message>
    <message>
        <source>統一編號 %1 has several proposals in the round; choose one with --title.</source>
        <translation>統一編號 %1 在本梯次有多件提案；請以 --title 指定。</translation>
    </message>
    <message>
        <source>The application&apos;s 統一編號.</source>
        <translation>申請案的統一編號。</translation>
    </message>
    <message>
        <source>The committee member&apos;s id (reviewers list).</source>
        <translation>審查委員編號（見 reviewers list）。</translation>
    </message>
    <message>
        <source>The proposal title, when the company has several.</source>
        <translation>計畫名稱（同一企業有多件提案時）。</translation>
    </message>
    <message>
        <source>Why a conflicted member is assigned anyway (recorded).</source>
        <translation>有利益衝突仍指派的理由（將予記錄）。</translation>
    </message>
    <message>
        <source>Assign a committee member to an application by hand.</source>
        <translation>人工指派審查委員至申請案。</translation>
    </message>
    <message>
        <source>REVIEWER must be a committee member&apos;s id.</source>
        <translation>REVIEWER 必須是審查委員編號。</translation>
    </message>
    <message>
        <source>Assign committee members to every application of the round: balanced, never a conflict.</source>
        <translation>為本梯次每件申請案指派審查委員：負擔平均，絕不指派有利益衝突者。</translation>
    </message>
    <message>
        <source>--per-application must be a positive number.</source>
        <translation>--per-application 必須是正整數。</translation>
    </message>
    <message>
        <source>%1 assignments added.</source>
        <translation>已新增 %1 筆指派。</translation>
    </message>
    <message>
        <source>application %1 has only %2 members without a conflict</source>
        <translation>申請案 %1 僅有 %2 位無利益衝突的委員</translation>
    </message>
    <message>
        <source>List who reviews which application.</source>
        <translation>列出各申請案的審查委員。</translation>
    </message>
    <message>
        <source>Usage: reviewdesk-cli %1 %2 WS … (each takes --help)</source>
        <translation>用法：reviewdesk-cli 指令 [選項]

指令：
  init WS                       建立含 DIGITAL+ 114年度審查梯次的工作區
  import WS PATH... [--replace] 匯入申請資料（資料夾或 ZIP）
  demo WS [--applications N] [--reviewers M] [--seed S] [--unsigned] [--final]
                                產生並匯入擬真的示範梯次
  findings WS                   列出資格與經費檢核結果
  search WS QUERY               檢索所有 PDF 的每一頁
  reviewers add WS NAME [--organization ORG …] | reviewers list WS
                                審查委員名單
  assign auto WS [--per-application N] | assign add WS UBN REVIEWER [--reason TEXT]
  assign list WS                委員與申請案的指派；有利益衝突者除非說明理由，不予指派
  preliminary set WS UBN TEXT [--criterion ID] [--meets yes|partly|no] | preliminary list WS UBN
                                工作小組初審意見
  package export WS (--reviewer ID | --all) --output PATH
                                審查資料包：每位委員只含其無利益衝突的申請案
  package import FILE WS        將審查資料包開啟為委員的工作區
  sheet show|set|complete|conflict WS UBN …   在委員工作區中評分；sheet list WS
  return export WS --output FILE [--include-notes]   評分回傳
  return import WS FILE [--replace]                  執行單位匯入評分回傳
  return list WS                所有收到的評分回傳，含已被取代者
  consensus WS [--method mean|rank-sum] [--pass-mark N] [--budget N] [--json]
                                彙整回傳的評分表：統計、排序、警示
  consensus WS --xlsx F | --csv F | --pdf F | --minutes F | --comments DIR
                                評選總表、會議紀錄及各申請單位之審查意見彙整
  meeting status|info|attend|revise|resolve|note|decide|finalise|reopen WS …
                                共識會議：出席、複評、議決、決議、確定結果
  certs list|create|import|trust|module|register …
                                憑證庫、智慧卡、委員憑證登錄
  sign WS --sign NICK | sign FILE.pdf --sign NICK [--output F]
                                主席簽署確定之總表與會議紀錄；或簽署單一 PDF
  audit WS [--action KIND] [--verify] 以雜湊鏈串接的稽核軌跡
  archive export WS OUT.zip --sign NICK   梯次封存檔，由秘書處簽署封存證明
  verify ARCHIVE|FILE.pdf [--json]        驗證全部內容；全部通過才以 0 結束
  簽章選項：--sign 憑證暱稱、--password-file FILE|-（憑證庫密碼或 PIN 碼）

通用選項：--help、--json（適用時）、--round ID、--lang zh_TW|en。
結束狀態：0 成功，1 部分輸入失敗，2 用法錯誤。
</translation>
    </message>
    <message>
        <source>%1 committee members; %2 assignments, none with a conflict.</source>
        <translation>審查委員 %1 位；指派 %2 筆，皆無利益衝突。</translation>
    </message>
    <message>
        <source>The opinion (初審意見).</source>
        <translation>初審意見內容。</translation>
    </message>
    <message>
        <source>A criterion id of the round&apos;s rubric (default: the overall opinion).</source>
        <translation>本梯次評分表的評分項目代碼（預設為整體意見）。</translation>
    </message>
    <message>
        <source>Whether it meets the requirements: yes, partly or no.</source>
        <translation>是否符合要求：yes、partly 或 no。</translation>
    </message>
    <message>
        <source>Write the secretariat&apos;s preliminary opinion (初審意見).</source>
        <translation>撰寫工作小組初審意見。</translation>
    </message>
    <message>
        <source>--meets must be yes, partly or no.</source>
        <translation>--meets 必須是 yes、partly 或 no。</translation>
    </message>
    <message>
        <source>Show the preliminary opinions (初審意見) of an application.</source>
        <translation>顯示申請案的初審意見。</translation>
    </message>
    <message>
        <source>(overall)</source>
        <translation>（整體）</translation>
    </message>
    <message>
        <source>The secretariat&apos;s workspace.</source>
        <translation>執行單位的工作區。</translation>
    </message>
    <message>
        <source>The committee member&apos;s id.</source>
        <translation>審查委員的編號。</translation>
    </message>
    <message>
        <source>One package per member with assignments.</source>
        <translation>為每位有指派案件的委員各產生一個資料包。</translation>
    </message>
    <message>
        <source>The package file, or the folder with --all.</source>
        <translation>資料包檔案；搭配 --all 時為資料夾。</translation>
    </message>
    <message>
        <source>Write reviewer packages (審查資料包).</source>
        <translation>產生審查資料包。</translation>
    </message>
    <message>
        <source>Give --output and either --reviewer ID or --all.</source>
        <translation>請指定 --output，以及 --reviewer ID 或 --all 其中之一。</translation>
    </message>
    <message>
        <source>No committee member has an assignment in the round.</source>
        <translation>本梯次尚無委員獲指派案件。</translation>
    </message>
    <message>
        <source>There is no committee member %1.</source>
        <translation>沒有編號 %1 的委員。</translation>
    </message>
    <message>
        <source>%1: %2 applications → %3</source>
        <translation>%1：%2 件申請案 → %3</translation>
    </message>
    <message>
        <source>left out application %1: %2</source>
        <translation>未納入申請案 %1：%2</translation>
    </message>
    <message>
        <source>The reviewer package.</source>
        <translation>審查資料包。</translation>
    </message>
    <message>
        <source>A new (empty or missing) folder for your workspace.</source>
        <translation>您工作區的新資料夾（空的或尚未存在）。</translation>
    </message>
    <message>
        <source>Open a reviewer package as your own review workspace.</source>
        <translation>將審查資料包開啟為您自己的審查工作區。</translation>
    </message>
    <message>
        <source>Review workspace for %1: round %2, %3 applications.</source>
        <translation>%1 的審查工作區：%2，共 %3 件申請案。</translation>
    </message>
    <message>
        <source>Your review workspace.</source>
        <translation>您的審查工作區。</translation>
    </message>
    <message>
        <source>The return file.</source>
        <translation>評分回傳檔。</translation>
    </message>
    <message>
        <source>Send your private page notes too.</source>
        <translation>一併送出您的私人頁面筆記。</translation>
    </message>
    <message>
        <source>Write the score return (評分回傳) of your complete sheets.</source>
        <translation>將已完成的評分表寫成評分回傳檔。</translation>
    </message>
    <message>
        <source>Give --output FILE.</source>
        <translation>請指定 --output FILE。</translation>
    </message>
    <message>
        <source>%1 sheets → %2</source>
        <translation>%1 份評分表 → %2</translation>
    </message>
    <message>
        <source>not complete, not sent: %1</source>
        <translation>尚未完成，未送出：%1</translation>
    </message>
    <message>
        <source>The score return.</source>
        <translation>評分回傳檔。</translation>
    </message>
    <message>
        <source>Replace the member&apos;s earlier return (it is kept as history).</source>
        <translation>取代該委員先前的回傳（先前的回傳保留為歷史紀錄）。</translation>
    </message>
    <message>
        <source>Import a committee member&apos;s score return.</source>
        <translation>匯入委員的評分回傳。</translation>
    </message>
    <message>
        <source>Run again with --replace to replace it.</source>
        <translation>若要取代，請加上 --replace 再執行一次。</translation>
    </message>
    <message>
        <source>%1: %2 sheets imported (%3 declared conflicts)%4.</source>
        <translation>%1：已匯入 %2 份評分表（聲明利益迴避 %3 件）%4。</translation>
    </message>
    <message>
        <source>, replacing the earlier return</source>
        <translation>，並取代先前的回傳</translation>
    </message>
    <message>
        <source>Score sheets are written in a reviewer&apos;s workspace (made with: package import FILE WS).</source>
        <translation>評分表須在審查委員的工作區中填寫（以 package import FILE WS 建立）。</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>總分 %1</translation>
    </message>
    <message>
        <source>The applicant&apos;s 統一編號.</source>
        <translation>申請單位的統一編號。</translation>
    </message>
    <message>
        <source>Show your score sheet.</source>
        <translation>顯示您的評分表。</translation>
    </message>
    <message>
        <source>The criterion, checklist item or flag id.</source>
        <translation>評分項目、檢核項目或註記的代碼。</translation>
    </message>
    <message>
        <source>The score.</source>
        <translation>分數。</translation>
    </message>
    <message>
        <source>The comment (審查意見) on the criterion.</source>
        <translation>該評分項目的審查意見。</translation>
    </message>
    <message>
        <source>pass or fail for a checklist item, yes for a flag.</source>
        <translation>檢核項目填 pass 或 fail，註記填 yes。</translation>
    </message>
    <message>
        <source>The overall comment.</source>
        <translation>綜合意見。</translation>
    </message>
    <message>
        <source>The recommendation id.</source>
        <translation>建議結果的代碼。</translation>
    </message>
    <message>
        <source>Write on your score sheet; each change is saved at once.</source>
        <translation>填寫評分表；每項變更立即儲存。</translation>
    </message>
    <message>
        <source>Give --criterion with --score N, --comment or --mark; or --overall, --recommendation.</source>
        <translation>請以 --criterion 搭配 --score N、--comment 或 --mark；或指定 --overall、--recommendation。</translation>
    </message>
    <message>
        <source>Mark your sheet complete (only when nothing is missing).</source>
        <translation>將評分表標示為完成（須無缺漏）。</translation>
    </message>
    <message>
        <source>What the conflict is.</source>
        <translation>利益衝突的內容。</translation>
    </message>
    <message>
        <source>Declare a conflict of interest; the sheet is locked.</source>
        <translation>聲明利益迴避；評分表將鎖定。</translation>
    </message>
    <message>
        <source>List the score sheets of a round with their totals.</source>
        <translation>列出本梯次的評分表及總分。</translation>
    </message>
    <message>
        <source>  declared a conflict: %1</source>
        <translation>  自行聲明利益迴避：%1</translation>
    </message>
    <message>
        <source>List the score returns a round received, replaced ones too.</source>
        <translation>列出本梯次收到的評分回傳，含已被取代者。</translation>
    </message>
    <message>
        <source>%1 sheets</source>
        <translation>%1 份評分表</translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation>已於 %1 被取代</translation>
    </message>
    <message>
        <source>current</source>
        <translation>現行</translation>
    </message>
    <message>
        <source>Rank by mean (default) or rank-sum (序位法).</source>
        <translation>依平均分數（預設）或 rank-sum（序位法）排序。</translation>
    </message>
    <message>
        <source>The pass mark on the 0–100 total.</source>
        <translation>及格分數（總分 0–100）。</translation>
    </message>
    <message>
        <source>The round&apos;s budget in NT$ thousand, for the funding line.</source>
        <translation>本梯次預算（千元），用於計算補助額度線。</translation>
    </message>
    <message>
        <source>Flag a total more than N points from the others&apos; mean.</source>
        <translation>總分與其他委員平均相差超過 N 分時提示。</translation>
    </message>
    <message>
        <source>Flag a rank more than N places from the others&apos; median.</source>
        <translation>序位與其他委員中位數相差超過 N 位時提示。</translation>
    </message>
    <message>
        <source>Compile the returned score sheets of a round.</source>
        <translation>彙整本梯次回傳的評分表。</translation>
    </message>
    <message>
        <source>Keep the options given as the round&apos;s settings.</source>
        <translation>將此次指定的選項存為本梯次的設定。</translation>
    </message>
    <message>
        <source>Leave the score sheets to the members (to try the packages and returns).</source>
        <translation>評分表留待委員填寫（以試用審查資料包與評分回傳）。</translation>
    </message>
    <message>
        <source>The members&apos; score sheets are in: try `consensus` or Round → 共識會議.</source>
        <translation>委員評分表均已回傳：可執行 `consensus` 或「審查梯次 → 共識會議」。</translation>
    </message>
    <message>
        <source>Write the 總表 as XLSX, one sheet per criterion.</source>
        <translation>以 XLSX 輸出評選總表，每一評分項目一張工作表。</translation>
    </message>
    <message>
        <source>Write the 總表 as CSV (UTF-8 with BOM).</source>
        <translation>以 CSV（UTF-8 含 BOM）輸出評選總表。</translation>
    </message>
    <message>
        <source>Write the 總表 as PDF.</source>
        <translation>以 PDF 輸出評選總表。</translation>
    </message>
    <message>
        <source>Write the minutes (會議紀錄) as PDF.</source>
        <translation>以 PDF 輸出會議紀錄。</translation>
    </message>
    <message>
        <source>Write each applicant&apos;s 審查意見彙整 PDF into FOLDER.</source>
        <translation>將各申請單位之審查意見彙整 PDF 寫入 FOLDER。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <source>rank  統一編號  applicant  sheets  mean  median  stdev  rank sum  flags  decision</source>
        <translation>名次  統一編號  申請單位  評分表數  平均  中位數  標準差  序位和  警示  決議</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 須為整數。</translation>
    </message>
    <message>
        <source>The chair&apos;s member id.</source>
        <translation>主席之委員編號。</translation>
    </message>
    <message>
        <source>When the meeting is held.</source>
        <translation>會議時間。</translation>
    </message>
    <message>
        <source>Where it is held.</source>
        <translation>會議地點。</translation>
    </message>
    <message>
        <source>Who keeps the minutes.</source>
        <translation>記錄人員。</translation>
    </message>
    <message>
        <source>Record the meeting&apos;s chair, time, place and recorder.</source>
        <translation>記錄會議主席、時間、地點及記錄人員。</translation>
    </message>
    <message>
        <source>Members&apos; ids.</source>
        <translation>委員編號。</translation>
    </message>
    <message>
        <source>Record them as absent instead.</source>
        <translation>改登記為請假。</translation>
    </message>
    <message>
        <source>Record members as present (or absent).</source>
        <translation>登記委員出席（或請假）。</translation>
    </message>
    <message>
        <source>“%1” is not a member id.</source>
        <translation>「%1」不是委員編號。</translation>
    </message>
    <message>
        <source>The member&apos;s id.</source>
        <translation>委員編號。</translation>
    </message>
    <message>
        <source>The criterion&apos;s id.</source>
        <translation>評分項目代碼。</translation>
    </message>
    <message>
        <source>The revised score.</source>
        <translation>修正後分數。</translation>
    </message>
    <message>
        <source>Why the member revises it.</source>
        <translation>委員修正之理由。</translation>
    </message>
    <message>
        <source>Record a member&apos;s revised score (複評), with the reason.</source>
        <translation>記錄委員複評後之分數及理由。</translation>
    </message>
    <message>
        <source>--score must be a number.</source>
        <translation>--score 須為數字。</translation>
    </message>
    <message>
        <source>The flag&apos;s id (consensus --json lists them).</source>
        <translation>警示代碼（見 consensus --json）。</translation>
    </message>
    <message>
        <source>What the committee resolved.</source>
        <translation>委員會議決內容。</translation>
    </message>
    <message>
        <source>Record the committee&apos;s resolution (議決) of a marked difference.</source>
        <translation>記錄委員會對明顯差異之議決。</translation>
    </message>
    <message>
        <source>The discussion note.</source>
        <translation>討論摘要。</translation>
    </message>
    <message>
        <source>Keep the discussion note of an application.</source>
        <translation>保存申請案之討論摘要。</translation>
    </message>
    <message>
        <source>pass (通過), conditional (修正後通過) or fail (不通過).</source>
        <translation>pass（通過）、conditional（修正後通過）或 fail（不通過）。</translation>
    </message>
    <message>
        <source>Members voting for the decision.</source>
        <translation>同意該決議之委員人數。</translation>
    </message>
    <message>
        <source>Members voting against.</source>
        <translation>不同意委員人數。</translation>
    </message>
    <message>
        <source>Members abstaining.</source>
        <translation>棄權委員人數。</translation>
    </message>
    <message>
        <source>What 修正後通過 asks of the applicant.</source>
        <translation>修正後通過要求申請單位修正之事項。</translation>
    </message>
    <message>
        <source>Why the decision departs from the 初審意見, when it does.</source>
        <translation>決議與初審意見不同時之理由。</translation>
    </message>
    <message>
        <source>Record the committee&apos;s decision on an application.</source>
        <translation>記錄委員會對申請案之決議。</translation>
    </message>
    <message>
        <source>--decision is pass, conditional or fail.</source>
        <translation>--decision 須為 pass、conditional 或 fail。</translation>
    </message>
    <message>
        <source>Make the round&apos;s results final, once every marked difference is handled and every application decided.</source>
        <translation>於各明顯差異均已處置、各申請案均已決議後，確定本梯次結果。</translation>
    </message>
    <message>
        <source>Why the results are reopened.</source>
        <translation>重新開啟結果之理由。</translation>
    </message>
    <message>
        <source>Reopen final results; the reason stays on the record.</source>
        <translation>重新開啟已確定之結果；理由將留存紀錄。</translation>
    </message>
    <message>
        <source>Show attendance, quorum and what stands before the results are final.</source>
        <translation>顯示出席情形、法定人數及確定結果前尚待處理事項。</translation>
    </message>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>請假</translation>
    </message>
    <message>
        <source>%1 of %2 present; the meeting needs %3.</source>
        <translation>%2 人中出席 %1 人；會議須有 %3 人出席。</translation>
    </message>
    <message>
        <source>The results are final.</source>
        <translation>結果已確定。</translation>
    </message>
    <message>
        <source>The results are not final.</source>
        <translation>結果尚未確定。</translation>
    </message>
    <message>
        <source>Make no demo certificates; the sheets come unsigned.</source>
        <translation>不建立示範憑證；評分表不簽章。</translation>
    </message>
    <message>
        <source>Also hold the 共識會議 to its end: final results signed by the chair.</source>
        <translation>並完成共識會議：結果確定，由主席簽章。</translation>
    </message>
    <message>
        <source>The demo sheets stay unsigned: %1</source>
        <translation>示範評分表未簽章：%1</translation>
    </message>
    <message>
        <source>Each sheet is signed with its member&apos;s demo certificate (store: %1).</source>
        <translation>每張評分表均以該委員的示範憑證簽章（憑證庫：%1）。</translation>
    </message>
    <message>
        <source>Sign with this certificate (its nickname; see `certs list`).</source>
        <translation>以此憑證簽章（憑證暱稱；見 `certs list`）。</translation>
    </message>
    <message>
        <source>Read the certificate&apos;s password or PIN from FILE (- for standard input).</source>
        <translation>自 FILE 讀取憑證的密碼或 PIN 碼（- 為標準輸入）。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>無法讀取密碼檔 %1：%2</translation>
    </message>
    <message>
        <source>The certificates in the store that can sign.</source>
        <translation>憑證庫中可簽章的憑證。</translation>
    </message>
    <message>
        <source>Certificate store: %1</source>
        <translation>憑證庫：%1</translation>
    </message>
    <message>
        <source>%1 certificates.</source>
        <translation>共 %1 張憑證。</translation>
    </message>
    <message>
        <source>Create the certificate store, protected by a password.</source>
        <translation>建立以密碼保護的憑證庫。</translation>
    </message>
    <message>
        <source>Certificate store created in %1.</source>
        <translation>已在 %1 建立憑證庫。</translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12, .pfx).</source>
        <translation>PKCS#12 檔（.p12、.pfx）。</translation>
    </message>
    <message>
        <source>Read the PKCS#12 file&apos;s password from FILE.</source>
        <translation>自 FILE 讀取 PKCS#12 檔的密碼。</translation>
    </message>
    <message>
        <source>Import a key and its certificate into the store.</source>
        <translation>將金鑰與憑證匯入憑證庫。</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>已匯入 %1。</translation>
    </message>
    <message>
        <source>The authority&apos;s certificate (PEM or DER).</source>
        <translation>憑證機構的憑證（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>A name for it in the store.</source>
        <translation>在憑證庫中的名稱。</translation>
    </message>
    <message>
        <source>Trust a certificate authority for signatures.</source>
        <translation>信任憑證機構所簽發的簽章憑證。</translation>
    </message>
    <message>
        <source>A name for the module.</source>
        <translation>模組名稱。</translation>
    </message>
    <message>
        <source>The PKCS#11 library, e.g. a card reader&apos;s driver.</source>
        <translation>PKCS#11 函式庫，例如讀卡機驅動程式。</translation>
    </message>
    <message>
        <source>Register a PKCS#11 module (smart cards: 自然人憑證, 工商憑證; or SoftHSM2).</source>
        <translation>登錄 PKCS#11 模組（智慧卡：自然人憑證、工商憑證；或 SoftHSM2）。</translation>
    </message>
    <message>
        <source>The member&apos;s id (reviewers list).</source>
        <translation>委員編號（見 reviewers list）。</translation>
    </message>
    <message>
        <source>The fingerprint of the member&apos;s certificate.</source>
        <translation>委員憑證的指紋。</translation>
    </message>
    <message>
        <source>Register a member&apos;s certificate: their returns must be signed with it.</source>
        <translation>登錄委員憑證：其評分回傳須以該憑證簽章。</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>「%1」不是 SHA-256 指紋（64 位十六進位數字）。</translation>
    </message>
    <message>
        <source>A workspace whose final results the chair signs, or a ReviewDesk PDF.</source>
        <translation>由主席簽署確定結果的工作區，或一份 ReviewDesk PDF。</translation>
    </message>
    <message>
        <source>Where the signed PDF goes (for a PDF).</source>
        <translation>簽章後 PDF 的存放位置（簽單一 PDF 時）。</translation>
    </message>
    <message>
        <source>Sign: the chair&apos;s 評選總表 and 會議紀錄 of a round, or one PDF.</source>
        <translation>簽章：梯次的評選總表與會議紀錄（主席），或單一 PDF。</translation>
    </message>
    <message>
        <source>Give --sign NICKNAME (see certs list).</source>
        <translation>請指定 --sign 憑證暱稱（見 certs list）。</translation>
    </message>
    <message>
        <source>Signed → %1</source>
        <translation>已簽章 → %1</translation>
    </message>
    <message>
        <source>%1 signed by %2 (PDF SHA-256 %3)</source>
        <translation>%1 已由 %2 簽章（PDF SHA-256 %3）</translation>
    </message>
    <message>
        <source>The archive to write.</source>
        <translation>要寫入的封存檔。</translation>
    </message>
    <message>
        <source>Archive a round, certified by the secretariat&apos;s signature.</source>
        <translation>封存梯次，並由秘書處簽章證明。</translation>
    </message>
    <message>
        <source>Give --sign NICKNAME: the secretariat certifies the archive.</source>
        <translation>請指定 --sign 憑證暱稱：由秘書處簽署封存證明。</translation>
    </message>
    <message>
        <source>%1 files, %2 bytes → %3
manifest SHA-256 %4</source>
        <translation>%1 個檔案，%2 位元組 → %3
清單 SHA-256 %4</translation>
    </message>
    <message>
        <source>A round archive (or one signed PDF).</source>
        <translation>梯次封存檔（或單一已簽章 PDF）。</translation>
    </message>
    <message>
        <source>Verify every file, signature, the audit chain and the consensus; exit 0 only when everything verifies.</source>
        <translation>驗證每個檔案、簽章、稽核鏈與共識結果；全部通過才以 0 結束。</translation>
    </message>
    <message>
        <source>Everything verifies: %1 checks.</source>
        <translation>全部驗證通過：%1 項檢查。</translation>
    </message>
    <message>
        <source>%1 of %2 checks failed.</source>
        <translation>%2 項檢查中有 %1 項未通過。</translation>
    </message>
    <message>
        <source>Only events of this kind.</source>
        <translation>只列此類事件。</translation>
    </message>
    <message>
        <source>Recompute the hash chain.</source>
        <translation>重新計算雜湊鏈。</translation>
    </message>
    <message>
        <source>The audit trail: every change, hash-chained.</source>
        <translation>稽核軌跡：每項異動，以雜湊鏈串接。</translation>
    </message>
    <message>
        <source>Whether members without a registered certificate may send unsigned sheets: yes or no (no by default).</source>
        <translation>未登錄憑證的委員可否寄回未簽章的評分表：yes 或 no（預設 no）。</translation>
    </message>
    <message>
        <source>Withdraw the current sheet for application ID that the new return leaves out, with the reason (repeatable).</source>
        <translation>撤回新回傳未包含之申請案 ID 的現行評分表，並附理由（可重複）。</translation>
    </message>
    <message>
        <source>--withdraw takes ID=REASON, not “%1”.</source>
        <translation>--withdraw 的格式為 ID=理由，而非「%1」。</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>未簽章</translation>
    </message>
    <message>
        <source>signed by %1 (%2)</source>
        <translation>由 %1 簽章（%2）</translation>
    </message>
    <message>
        <source>The fingerprint of the secretariat&apos;s certificate.</source>
        <translation>秘書處憑證的指紋。</translation>
    </message>
    <message>
        <source>Whose certificate it is.</source>
        <translation>憑證持有人。</translation>
    </message>
    <message>
        <source>Register a secretariat certificate for a round: only such a certificate certifies the round&apos;s archive.</source>
        <translation>為梯次登錄秘書處憑證：唯有此類憑證可為該梯次的封存簽發封存證明。</translation>
    </message>
    <message>
        <source>A fingerprint you know, from outside the archive, to be the secretariat&apos;s certificate (repeatable): the archive certificate must be one of them.</source>
        <translation>查核人員由封存以外來源得知的秘書處憑證指紋（可重複）：封存證明必須由其中之一簽章。</translation>
    </message>
    <message>
        <source>%1 events, chain intact; %2 anchors hold.</source>
        <translation>%1 筆事件，鏈完整；%2 個錨點相符。</translation>
    </message>
    <message>
        <source>The RFC 3161 time-stamping service whose time stamps signed sheets and the chair&apos;s documents must carry (an http or https address), or none.</source>
        <translation>簽章之評分表與主席文件須附其時戳的 RFC 3161 時戳服務（http 或 https 位址），或 none 表示不使用。</translation>
    </message>
    <message>
        <source> (new version)</source>
        <translation>（新版本）</translation>
    </message>
    <message>
        <source>Import a dossier already in the round (same 統一編號 and proposal title) as its new version (補正); the current version is kept as history.</source>
        <translation>將本梯次已有的申請案（統一編號與計畫名稱相同）之補正資料匯入為新版本；現有版本保留為歷史紀錄。</translation>
    </message>
    <message>
        <source>Screening (資格文件審查): %1 eligible (符合, %2 of them after supplementing), %3 to supplement (限期補正; notices in %4), %5 not accepted (不予受理).</source>
        <translation>資格文件審查：符合 %1 件（其中 %2 件經補正），限期補正 %3 件（補正通知存於 %4），不予受理 %5 件。</translation>
    </message>
    <message>
        <source>%1 applications not found eligible (符合) in screening (資格文件審查) were left out (see `screening list`).</source>
        <translation>%1 件申請案未經資格文件審查為符合，未予指派（見 `screening list`）。</translation>
    </message>
    <message>
        <source>Why (recorded on the audit trail).</source>
        <translation>理由（記錄於稽核軌跡）。</translation>
    </message>
    <message>
        <source>The last day to supplement, YYYY-MM-DD.</source>
        <translation>補正期限的最後一日，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--deadline must be a date as YYYY-MM-DD.</source>
        <translation>--deadline 須為 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Find an application eligible (符合); over error findings only with --reason.</source>
        <translation>判定申請案符合；有錯誤檢核結果時須以 --reason 說明理由。</translation>
    </message>
    <message>
        <source>What to supplement or correct (repeatable); by default each error finding with its 004 section.</source>
        <translation>應補正事項（可重複）；預設為每項錯誤檢核結果及其 004 條文。</translation>
    </message>
    <message>
        <source>Ask the applicant to supplement (限期補正) by a deadline.</source>
        <translation>通知申請單位於期限內補正（限期補正）。</translation>
    </message>
    <message>
        <source>No deadline.</source>
        <translation>未指定期限。</translation>
    </message>
    <message>
        <source>Do not accept an application (不予受理).</source>
        <translation>申請案不予受理。</translation>
    </message>
    <message>
        <source>Move the deadline to supplement (補正) of an application later.</source>
        <translation>延後申請案的補正期限。</translation>
    </message>
    <message>
        <source>Find every application not screened yet and without error findings eligible (符合).</source>
        <translation>將所有尚未審查且無錯誤檢核結果的申請案判定為符合。</translation>
    </message>
    <message>
        <source>%1 applications found eligible (符合).</source>
        <translation>%1 件申請案經資格文件審查為符合。</translation>
    </message>
    <message>
        <source>List the screening (資格文件審查) outcome of every application.</source>
        <translation>列出每件申請案的資格文件審查結果。</translation>
    </message>
    <message>
        <source>The folder the notices are written to.</source>
        <translation>補正通知的存放資料夾。</translation>
    </message>
    <message>
        <source>Write the notices to supplement (補正通知): a PDF per applicant to supplement and one CSV list.</source>
        <translation>產生補正通知：每件限期補正之申請案一份 PDF，另附 CSV 清單。</translation>
    </message>
    <message>
        <source>The approved subsidy (核定補助款) of a pass, NT$ thousand.</source>
        <translation>通過案之核定補助款（千元）。</translation>
    </message>
    <message>
        <source>The approved total budget (核定總經費), NT$ thousand; by default as submitted.</source>
        <translation>核定總經費（千元）；預設為申請總經費。</translation>
    </message>
    <message>
        <source>Why the decision goes against the pass mark, when it does.</source>
        <translation>決議與及格分數相反時之理由。</translation>
    </message>
    <message>
        <source>--approved and --approved-total are amounts in NT$ thousand.</source>
        <translation>--approved 與 --approved-total 須為以千元計的金額。</translation>
    </message>
    <message>
        <source>The fewest members the committee may have (5 by default, 組織準則 第4條).</source>
        <translation>委員會委員人數下限（預設 5 人，組織準則 第4條）。</translation>
    </message>
    <message>
        <source>The most members the committee may have (17 by default).</source>
        <translation>委員會委員人數上限（預設 17 人）。</translation>
    </message>
    <message>
        <source>Write each applicant&apos;s result letter (函復結果) PDF into FOLDER, once the results are final.</source>
        <translation>結果確定後，將各申請單位的函復結果 PDF 寫入 FOLDER。</translation>
    </message>
    <message>
        <source>The consensus meeting (共識會議) is over: results final, the consensus sheet (總表) and the minutes signed by the chair, result letters (函復結果) in %2. Try `archive export WS OUT.zip --sign &quot;%1&quot;` and `verify OUT.zip`.</source>
        <translation>共識會議已完成：結果確定，總表與會議紀錄已由主席簽章，函復結果存於 %2。請試 `archive export WS OUT.zip --sign &quot;%1&quot;` 與 `verify OUT.zip`。</translation>
    </message>
    <message>
        <source>Extend the review period (審查時程) of an eligible application by one month, once (004 捌、二(一)).</source>
        <translation>將符合之申請案的審查時程延長 1 個月，以一次為限（004 捌、二(一)）。</translation>
    </message>
    <message>
        <source>review due %1 (%2 days left)</source>
        <translation>審查時程 %1 止（尚餘 %2 天）</translation>
    </message>
    <message>
        <source>Whether the consensus sheet (總表) shows members by code instead of name (審議規則 第6條之1): yes or no (no by default); --member-key writes the key.</source>
        <translation>總表是否以代號而非姓名列出委員（審議規則 第6條之1）：yes 或 no（預設 no）；--member-key 產出代號對照表。</translation>
    </message>
    <message>
        <source>Write the key of a coded consensus sheet (代號對照表: code, name, organisation) as PDF.</source>
        <translation>將代號總表之代號對照表（代號、姓名、服務單位）寫成 PDF。</translation>
    </message>
    <message>
        <source>          left out: %1</source>
        <translation>          未收入：%1</translation>
    </message>
    <message>
        <source>%1 is not a review workspace</source>
        <translation>%1 不是委員審查工作區</translation>
    </message>
    <message>
        <source>Committee members per application (default %1).</source>
        <translation>每件申請案的審查委員人數（預設 %1）。</translation>
    </message>
    <message>
        <source>Pages read at once (default: one per core).</source>
        <translation>同時辨識的頁數（預設：每個處理器核心一頁）。</translation>
    </message>
    <message>
        <source>Read the text of scanned pages with OCR (Tesseract).</source>
        <translation>以 OCR（Tesseract）讀取掃描頁面的文字。</translation>
    </message>
    <message>
        <source>OCR: %1 of %2 scanned pages</source>
        <translation>OCR：掃描頁面 %1／%2</translation>
    </message>
    <message>
        <source>Read %1 scanned pages; %2 could not be read; %3 wait.</source>
        <translation>已辨識 %1 頁掃描頁面；%2 頁無法辨識；%3 頁待辨識。</translation>
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
        <translation>用法：reviewdesk-cli 指令 [選項]

指令：
  init WS                       建立含 DIGITAL+ 114年度審查梯次的工作區
  import WS PATH... [--replace] 匯入申請資料（資料夾或 ZIP）；--replace：作為補正後的新版本
  demo WS [--applications N] [--reviewers M] [--seed S] [--unsigned] [--final]
                                產生並匯入擬真的示範梯次
  findings WS                   列出資格與經費檢核結果
  search WS QUERY               檢索所有 PDF 的每一頁
  ocr WS [--threads N]          以 OCR 讀取掃描頁面的文字；中斷後從停下處續做
  screening list|clean|eligible|supplement|extend|reject|notices WS …
                                資格文件審查：符合、限期補正（含補正通知）、不予受理
  reviewers add WS NAME [--organization ORG …] | reviewers list WS
                                審查委員名單
  assign auto WS [--per-application N] | assign add WS UBN REVIEWER [--reason TEXT]
  assign list WS                委員與申請案的指派；有利益衝突者除非說明理由，不予指派
  preliminary set WS UBN TEXT [--criterion ID] [--meets yes|partly|no] | preliminary list WS UBN
                                工作小組初審意見
  package export WS (--reviewer ID | --all) --output PATH
                                審查資料包：每位委員只含其無利益衝突的申請案
  package import FILE WS        將審查資料包開啟為委員的工作區
  sheet show|set|complete|conflict WS UBN …   在委員工作區中評分；sheet list WS
  return export WS --output FILE [--include-notes]   評分回傳
  return import WS FILE [--replace]                  執行單位匯入評分回傳
  return list WS                所有收到的評分回傳，含已被取代者
  consensus WS [--method mean|rank-sum] [--pass-mark N] [--budget N] [--json]
                                彙整回傳的評分表：統計、排序、警示
  consensus WS --xlsx F | --csv F | --pdf F | --minutes F | --comments DIR
                                評選總表、會議紀錄及各申請單位之審查意見彙整
  meeting status|info|attend|revise|resolve|note|decide|finalise|reopen WS …
                                共識會議：出席、複評、議決、決議、確定結果
  certs list|create|import|trust|module|register …
                                憑證庫、智慧卡、委員憑證登錄
  sign WS --sign NICK | sign FILE.pdf --sign NICK [--output F]
                                主席簽署確定之總表與會議紀錄；或簽署單一 PDF
  audit WS [--action KIND] [--verify] 以雜湊鏈串接的稽核軌跡
  archive export WS OUT.zip --sign NICK   梯次封存檔，由秘書處簽署封存證明
  verify ARCHIVE|FILE.pdf [--json]        驗證全部內容；全部通過才以 0 結束
  簽章選項：--sign 憑證暱稱、--password-file FILE|-（憑證庫密碼或 PIN 碼）

通用選項：--help、--json（適用時）、--round ID、--lang zh_TW|en。
結束狀態：0 成功，1 部分輸入失敗，2 用法錯誤。
</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Named in the applicant&apos;s recusal list: %1</source>
        <translation>列於申請企業建議迴避之人員清單：%1</translation>
    </message>
    <message>
        <source>Same name as in the applicant&apos;s recusal list, another organisation: %1</source>
        <translation>與申請企業建議迴避之人員同名，但服務單位不同：%1</translation>
    </message>
    <message>
        <source>Declared a tie with 統一編號 %1</source>
        <translation>已申報與統一編號 %1 有關係</translation>
    </message>
    <message>
        <source>Declared a tie with %1</source>
        <translation>已申報與 %1 有關係</translation>
    </message>
</context>
<context>
    <name>ConsensusExport</name>
    <message>
        <source>Recused</source>
        <translation>迴避</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未交</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>統一編號</source>
        <translation>統一編號</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請單位</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>Requested subsidy (NT$ thousand)</source>
        <translation>申請補助款（千元）</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>評分表數</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>標準差</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Trimmed mean</source>
        <translation>截尾平均</translation>
    </message>
    <message>
        <source>Mean z-score</source>
        <translation>平均 z 分數</translation>
    </message>
    <message>
        <source>Rank sum</source>
        <translation>序位和</translation>
    </message>
    <message>
        <source>Reaches pass mark</source>
        <translation>達及格分數</translation>
    </message>
    <message>
        <source>Cumulative subsidy</source>
        <translation>累計補助款</translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation>預算內</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>修正條件</translation>
    </message>
    <message>
        <source>Votes (for/against/abstaining)</source>
        <translation>表決（同意／不同意／棄權）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Consensus sheet</source>
        <translation>評選總表</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>配分</translation>
    </message>
    <message>
        <source>%1 as returned</source>
        <translation>%1（原回傳）</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修正紀錄</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委員</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>評分項目</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>原回傳</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>修正後</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時間（UTC）</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>Approved subsidy (核定補助款, NT$ thousand)</source>
        <translation>核定補助款（千元）</translation>
    </message>
    <message>
        <source>Approved total budget (核定總經費, NT$ thousand)</source>
        <translation>核定總經費（千元）</translation>
    </message>
    <message>
        <source>Why against the pass mark</source>
        <translation>與及格分數相反之理由</translation>
    </message>
    <message>
        <source>Screening (資格文件審查)</source>
        <translation>資格文件審查</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>審查結果</translation>
    </message>
    <message>
        <source>%1 (tied, 並列)</source>
        <translation>%1（並列）</translation>
    </message>
    <message>
        <source>Requested (NT$ k)</source>
        <translation>申請補助款（千元）</translation>
    </message>
    <message>
        <source>%1 (absent, 缺席)</source>
        <translation>%1（缺席）</translation>
    </message>
    <message>
        <source>Approved (NT$ k)</source>
        <translation>核定補助款（千元）</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>尚未決議</translation>
    </message>
    <message>
        <source>Tied (並列)</source>
        <translation>並列</translation>
    </message>
</context>
<context>
    <name>ConsensusPrint</name>
    <message>
        <source>Member %1</source>
        <translation>委員 %1</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>尚未決議</translation>
    </message>
    <message>
        <source> — conditions: %1</source>
        <translation>——修正條件：%1</translation>
    </message>
    <message>
        <source>%1 for, %2 against, %3 abstaining</source>
        <translation>同意 %1、不同意 %2、棄權 %3</translation>
    </message>
    <message>
        <source>Final since %1; results SHA-256 %2</source>
        <translation>自 %1 起確定；結果 SHA-256 %2</translation>
    </message>
    <message>
        <source>Not final: a draft for the meeting</source>
        <translation>尚未確定：會議用草稿</translation>
    </message>
    <message>
        <source>%1: re-scored (複評)</source>
        <translation>%1：已複評</translation>
    </message>
    <message>
        <source>%1: resolved by the committee (議決): %2</source>
        <translation>%1：經委員會議決：%2</translation>
    </message>
    <message>
        <source>%1: not yet handled</source>
        <translation>%1：尚未處置</translation>
    </message>
    <message>
        <source>%1 revised %2 from %3 to %4: %5</source>
        <translation>%1 將「%2」由 %3 修正為 %4：%5</translation>
    </message>
    <message>
        <source>%1: the preliminary opinion found it %2; the committee decided %3, because %4</source>
        <translation>%1：初審意見認為%2；委員會決議%3，理由：%4</translation>
    </message>
    <message>
        <source>meeting the requirements</source>
        <translation>符合規定</translation>
    </message>
    <message>
        <source>not meeting the requirements</source>
        <translation>不符合規定</translation>
    </message>
    <message>
        <source>Consensus sheet</source>
        <translation>評選總表</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>Consensus sheet (評選總表): %1</source>
        <translation>評選總表：%1</translation>
    </message>
    <message>
        <source>Program: %1. Rubric: %2 %3. Ranked by %4; pass mark %5.</source>
        <translation>計畫：%1。評分標準：%2 %3。排序方式：%4；及格分數 %5。</translation>
    </message>
    <message>
        <source>the mean total</source>
        <translation>平均總分</translation>
    </message>
    <message>
        <source>rank sum (序位法)</source>
        <translation>序位和（序位法）</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>評選委員</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>請假</translation>
    </message>
    <message>
        <source> (chair)</source>
        <translation>（主席）</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委員</translation>
    </message>
    <message>
        <source>Organisation and title</source>
        <translation>服務單位及職稱</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席情形</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請單位</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>Notes (附記)</source>
        <translation>附記</translation>
    </message>
    <message>
        <source>1. Marked differences between the members&apos; results and how they were handled:</source>
        <translation>一、不同出席委員評選結果有無明顯差異及其處置方式：</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>2. Where the committee&apos;s result differs from the preliminary opinion (初審意見), and why:</source>
        <translation>二、本委員會評選結果與工作小組初審意見有無差異及其處置方式：</translation>
    </message>
    <message>
        <source>3. Conditions of the applications passed after revision (修正後通過):</source>
        <translation>三、修正後通過之申請案及其修正條件：</translation>
    </message>
    <message>
        <source>Signatures of the attending members</source>
        <translation>出席委員簽名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>會議紀錄</translation>
    </message>
    <message>
        <source>Minutes of the consensus meeting (共識會議紀錄)</source>
        <translation>共識會議紀錄</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>審查梯次</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>出席委員</translation>
    </message>
    <message>
        <source>Members absent</source>
        <translation>請假委員</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>法定出席人數</translation>
    </message>
    <message>
        <source>%1 of %2 present; %3 needed</source>
        <translation>%2 人中出席 %1 人；須 %3 人</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>記錄</translation>
    </message>
    <message>
        <source>Discussion and decisions</source>
        <translation>討論事項及決議</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2——%3</translation>
    </message>
    <message>
        <source>%1 sheets; mean %2, median %3, standard deviation %4</source>
        <translation>評分表 %1 份；平均 %2、中位數 %3、標準差 %4</translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation>警示：%1</translation>
    </message>
    <message>
        <source>Resolution (議決): %1</source>
        <translation>議決：%1</translation>
    </message>
    <message>
        <source>Discussion: %1</source>
        <translation>討論：%1</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>決議：%1（%2）</translation>
    </message>
    <message>
        <source>Departure from the preliminary opinion: %1</source>
        <translation>與初審意見不同之理由：%1</translation>
    </message>
    <message>
        <source>Decision: not decided</source>
        <translation>決議：尚未決議</translation>
    </message>
    <message>
        <source>Pass list</source>
        <translation>通過名單</translation>
    </message>
    <message>
        <source>Finalisation</source>
        <translation>結果確定</translation>
    </message>
    <message>
        <source>%1: results made final (SHA-256 %2)</source>
        <translation>%1：結果確定（SHA-256 %2）</translation>
    </message>
    <message>
        <source>%1: reopened: %2</source>
        <translation>%1：重新開啟：%2</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The application is not in this round.</source>
        <translation>此申請案不在本梯次。</translation>
    </message>
    <message>
        <source>Compiled review comments</source>
        <translation>審查意見彙整</translation>
    </message>
    <message>
        <source>Compiled review comments (審查意見彙整)</source>
        <translation>審查意見彙整</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>計畫名稱</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>審查意見</translation>
    </message>
    <message>
        <source>Overall comments</source>
        <translation>綜合意見</translation>
    </message>
    <message>
        <source>Conditions of the decision</source>
        <translation>決議之修正條件</translation>
    </message>
    <message>
        <source>Chair&apos;s digital signature</source>
        <translation>主席數位簽章</translation>
    </message>
    <message>
        <source>Not digitally signed</source>
        <translation>未數位簽章</translation>
    </message>
    <message>
        <source>Results SHA-256 %1…</source>
        <translation>結果 SHA-256 %1…</translation>
    </message>
    <message>
        <source>This round accepts unsigned score sheets from members without a registered certificate: those sheets are not digitally signed.</source>
        <translation>本梯次接受未登錄憑證之委員寄回未簽章的評分表：這些評分表未經數位簽章。</translation>
    </message>
    <message>
        <source>Every counted score sheet is digitally signed by its member with the certificate registered for them.</source>
        <translation>所有計入的評分表均由委員以其登錄之憑證數位簽章。</translation>
    </message>
    <message>
        <source>Not found eligible in screening (資格文件審查): not reviewed</source>
        <translation>資格文件審查未符合者（不進行審查）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>審查結果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source> — approved subsidy (核定補助款) %1 of an approved total budget of %2 (NT$ thousand)</source>
        <translation>——核定補助款 %1 千元，核定總經費 %2 千元</translation>
    </message>
    <message>
        <source> — against the pass mark: %1</source>
        <translation>——與及格分數相反之理由：%1</translation>
    </message>
    <message>
        <source>Committee: %1 members, %2 of them external experts (外聘) — the rules ask for %3 to %4 members, at least %5 % external. Present: %6 members, %7 of them external — the rules ask for at least %8 present, and at least %9 external members making up %5 % of those present.</source>
        <translation>委員會：委員 %1 人，其中外聘專家學者 %2 人（規定：委員 %3 至 %4 人，外聘不少於 %5%）。出席：%6 人，其中外聘 %7 人（規定：出席至少 %8 人，外聘出席至少 %9 人且不少於出席人數之 %5%）。</translation>
    </message>
    <message>
        <source>%1 has no result to send yet.</source>
        <translation>%1 尚無可函復的審查結果。</translation>
    </message>
    <message>
        <source>Review result</source>
        <translation>審查結果</translation>
    </message>
    <message>
        <source>Notice of the review result (審查結果通知)</source>
        <translation>審查結果通知</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>審查結果</translation>
    </message>
    <message>
        <source>The application was not accepted in screening (資格文件審查) and was not reviewed (004 陸 註1; 數位發展部協助產業創新活動補助獎勵及輔導辦法 第7條).</source>
        <translation>本申請案經資格文件審查不予受理，未進行審查（004 陸 註1；數位發展部協助產業創新活動補助獎勵及輔導辦法第 7 條）。</translation>
    </message>
    <message>
        <source>NT$ %1 thousand</source>
        <translation>新臺幣 %1 千元</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>Approved subsidy (核定補助款)</source>
        <translation>核定補助款</translation>
    </message>
    <message>
        <source>Approved total budget (核定總經費)</source>
        <translation>核定總經費</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>修正條件</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分數</translation>
    </message>
    <message>
        <source>%1 (pass mark %2)</source>
        <translation>%1（及格分數 %2）</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>決議會議</translation>
    </message>
    <message>
        <source>The committee did not approve the proposal. Its comments follow.</source>
        <translation>本計畫經審查會議決議不通過。審查意見如下。</translation>
    </message>
    <message>
        <source>The committee approved the proposal; the program office will contact you about the contract (簽約執行). The committee&apos;s comments follow.</source>
        <translation>本計畫經審查會議通過，計畫辦公室將另行通知簽約執行事宜。審查意見如下。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <source>Result letters (函復結果) are written once the results are final.</source>
        <translation>結果確定後才能產生函復結果。</translation>
    </message>
    <message>
        <source>Consensus sheet (評選總表): %1 — DRAFT (草稿)</source>
        <translation>評選總表：%1（草稿）</translation>
    </message>
    <message>
        <source>Meeting: %1, %2.</source>
        <translation>會議時間：%1；地點：%2。</translation>
    </message>
    <message>
        <source>The round chose rank sums (序位法), which compare fairly only when every counted member scored every application; here the members scored different applications, so the ranking is by the mean total.</source>
        <translation>本梯次設定為序位法；序位法僅於每位計入之委員皆評過每一案時方可公平比較，本梯次各委員所評案件不同，故依平均總分排序。</translation>
    </message>
    <message>
        <source>Equal figures are ordered by the median, then the rank sum, then the order of intake: the rule in force when these results were first made final.</source>
        <translation>分數相同者依中位數、再依序位和、再依收件順序排列：此為本結果首次確定時適用之規則。</translation>
    </message>
    <message>
        <source>Applications with equal means share a rank (並列).</source>
        <translation>平均分數相同者名次並列。</translation>
    </message>
    <message>
        <source>Applications with equal rank sums share a rank (並列) and are ordered by the higher mean first.</source>
        <translation>序位和相同者名次並列，並以平均分數較高者優先。</translation>
    </message>
    <message>
        <source>They are ordered by the higher mean score on the heaviest criterion, then the next: %1. Where every criterion is equal too, the committee orders them by resolution (議決) or by lot (抽籤), and a funding line falling among them funds none of them until it does.</source>
        <translation>其先後依配分最高之評分項目平均得分較高者優先，再依次一項目：%1。各項目亦均相同者，由委員會議決或抽籤定其先後；補助經費線落於其間者，於委員會定序前均不列入補助。</translation>
    </message>
    <message>
        <source>External (外聘)</source>
        <translation>外聘</translation>
    </message>
    <message>
        <source>Internal (內聘)</source>
        <translation>內聘</translation>
    </message>
    <message>
        <source>External or internal</source>
        <translation>外聘／內聘</translation>
    </message>
    <message>
        <source>Scores of the members</source>
        <translation>各委員評分</translation>
    </message>
    <message>
        <source>Ranks of the members</source>
        <translation>各委員序位</translation>
    </message>
    <message>
        <source>This round prints its members by name: there are no codes for a member key to map.</source>
        <translation>本梯次總表以姓名列出委員，沒有代號可供對照。</translation>
    </message>
    <message>
        <source>Member key</source>
        <translation>委員代號對照表</translation>
    </message>
    <message>
        <source>Member key (委員代號對照表): %1</source>
        <translation>委員代號對照表：%1</translation>
    </message>
    <message>
        <source>For the secretariat&apos;s file, kept apart from the coded consensus sheet (評選總表), which names its members only by these codes. Results SHA-256 %1.</source>
        <translation>供秘書處存檔，與以代號列出委員之評選總表分開保存。結果 SHA-256 %1。</translation>
    </message>
    <message>
        <source>A member&apos;s score sheet is their written expert review (專業審查), signed and returned before the meeting: it counts whether or not the member attends, and an absent member is marked so (缺席). Each mean is the mean of the figures in its row; a cell with a word instead of a figure is not counted (Recused 迴避, Missing 未交, Incomplete 未完成).</source>
        <translation>委員評分表為其於會前簽署繳回之書面專業審查，不論是否出席會議均予計入，未出席者標示「缺席」。各列平均即該列所列分數之平均；以文字代替分數之欄位（迴避、未交、未完成）不予計入。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo sheets are written for the DIGITAL+ rubric.</source>
        <translation>示範評分表係依 DIGITAL+ 評分標準撰寫。</translation>
    </message>
    <message>
        <source>The demo certificate of %1 cannot sign.</source>
        <translation>%1 的示範憑證無法簽章。</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>無法建立暫存資料夾</translation>
    </message>
    <message>
        <source>The demo round has no committee.</source>
        <translation>示範梯次沒有審查委員。</translation>
    </message>
    <message>
        <source>The demo certificate of the secretariat cannot sign.</source>
        <translation>秘書處的示範憑證無法簽章。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>the demo round has 1 to 500 applications, not %1</source>
        <translation>示範梯次的申請案數須為 1 至 500，不能是 %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>無法建立 %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>the demo round has no application %1</source>
        <translation>示範梯次沒有第 %1 件申請案</translation>
    </message>
    <message>
        <source>a 補正 does not cure %1 of application %2</source>
        <translation>第 %2 件申請案的 %1 無法以補正改善</translation>
    </message>
</context>
<context>
    <name>DemoScreening</name>
    <message>
        <source>申請資格不符 (004 貳): %1</source>
        <translation>申請資格不符（004 貳）：%1</translation>
    </message>
    <message>
        <source>the supplemented dossier was not imported</source>
        <translation>補正資料未能匯入</translation>
    </message>
</context>
<context>
    <name>DossierDiscovery</name>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>is neither a dossier folder nor a ZIP archive</source>
        <translation>既不是申請資料夾，也不是 ZIP 壓縮檔</translation>
    </message>
    <message>
        <source>is not a dossier: it has no application.json</source>
        <translation>不是申請資料：缺少 application.json</translation>
    </message>
    <message>
        <source>contains no dossier (no application.json, no ZIP)</source>
        <translation>沒有任何申請資料（無 application.json，也無 ZIP）</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>無法建立暫存資料夾：%1</translation>
    </message>
    <message>
        <source>a name is neither UTF-8 nor Big5 (%1)</source>
        <translation>有檔名既非 UTF-8 也非 Big5（%1）</translation>
    </message>
    <message>
        <source>cannot copy %1</source>
        <translation>無法複製 %1</translation>
    </message>
    <message>
        <source>%1 is more than the import may unpack; refused</source>
        <translation>%1 超過匯入可解出的上限；拒絕處理</translation>
    </message>
    <message>
        <source>its name is not UTF-8; rename it, or put it in a dossier folder</source>
        <translation>檔名不是 UTF-8；請重新命名，或放入申請資料夾中</translation>
    </message>
</context>
<context>
    <name>DossierParser</name>
    <message>
        <source>both budget.csv and budget.xlsx are present; the dossier must have exactly one</source>
        <translation>同時有 budget.csv 與 budget.xlsx；申請資料只能有其中一個</translation>
    </message>
    <message>
        <source>budget.csv or budget.xlsx is missing</source>
        <translation>缺少 budget.csv 或 budget.xlsx</translation>
    </message>
    <message>
        <source>application.json: attachment “%1” has the unknown type “%2”</source>
        <translation>application.json：附件「%1」的類型「%2」無法辨識</translation>
    </message>
    <message>
        <source>application.json lists the attachment “%1”, which is not in the dossier</source>
        <translation>application.json 列出附件「%1」，但申請資料中沒有此檔案</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; attachments must be regular files</source>
        <translation>%1 是符號連結；附件必須是一般檔案</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>the file name “%1” has a control character</source>
        <translation>檔案名稱「%1」含有控制字元</translation>
    </message>
    <message>
        <source>not a PDF file</source>
        <translation>不是 PDF 檔</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a dossier holds only its own files</source>
        <translation>%1 是符號連結；申請資料夾只能包含其本身的檔案</translation>
    </message>
    <message>
        <source>%1 is %2 KB, more than the %3 KB such a file needs</source>
        <translation>%1 有 %2 KB，超過此類檔案所需的 %3 KB</translation>
    </message>
    <message>
        <source>%1/: a folder; a dossier&apos;s documents lie at its top level</source>
        <translation>%1/：資料夾；申請資料的文件應置於最上層</translation>
    </message>
    <message>
        <source>%1: a hidden or system file</source>
        <translation>%1：隱藏檔或系統檔</translation>
    </message>
    <message>
        <source>%1: its name is not UTF-8, so it cannot be opened; rename it</source>
        <translation>%1：檔名不是 UTF-8，無法開啟；請重新命名</translation>
    </message>
</context>
<context>
    <name>DossierReader</name>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3</source>
        <translation>%1 不是有效的 JSON：%2（第 %3 位元組）</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation>%1：最外層必須是 JSON 物件</translation>
    </message>
    <message>
        <source>%1: dossier format “%2” is not supported; this ReviewDesk reads “%3”</source>
        <translation>%1：不支援申請資料格式「%2」；本版 ReviewDesk 讀取「%3」</translation>
    </message>
    <message>
        <source>%1: “format” is “%2”, not a ReviewDesk dossier</source>
        <translation>%1：「format」為「%2」，不是 ReviewDesk 申請資料</translation>
    </message>
    <message>
        <source>%1: the required key “%2” is missing</source>
        <translation>%1：缺少必要欄位「%2」</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>%1: “%2” of “%3” is not a date (YYYY-MM-DD)</source>
        <translation>%1：「%3」的值「%2」不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>%1: “%2[%3]” is not an object</source>
        <translation>%1：「%2[%3]」不是物件</translation>
    </message>
    <message>
        <source>%1: “%2” has the wrong type (expected %3)</source>
        <translation>%1：「%2」型別錯誤（應為%3）</translation>
    </message>
    <message>
        <source>%1: “proposal.category” is “%2”; expected industry, ai or theme</source>
        <translation>%1：「proposal.category」為「%2」；應為 industry、ai 或 theme</translation>
    </message>
    <message>
        <source>%1: “applicant.ubn” is “%2”; a business ID (統一編號) is 8 digits</source>
        <translation>%1：「applicant.ubn」為「%2」；統一編號應為 8 位數字</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; the dossier format is UTF-8</source>
        <translation>%1 是 UTF-16 文字；申請資料格式為 UTF-8</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Industry code</source>
        <translation>行業代碼</translation>
    </message>
    <message>
        <source>Net worth</source>
        <translation>公司淨值</translation>
    </message>
    <message>
        <source>Mainland Chinese capital</source>
        <translation>陸資企業</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Bank-rejected</source>
        <translation>銀行拒絕往來戶</translation>
    </message>
    <message>
        <source>統一編號 check digit</source>
        <translation>統一編號檢查碼</translation>
    </message>
    <message>
        <source>One proposal per company</source>
        <translation>每一企業以 1 案為限</translation>
    </message>
    <message>
        <source>Minimum 推動家數</source>
        <translation>推動家數下限</translation>
    </message>
    <message>
        <source>Subsidy cap</source>
        <translation>補助款上限</translation>
    </message>
    <message>
        <source>Subsidy share</source>
        <translation>補助款比例</translation>
    </message>
    <message>
        <source>Security budget share</source>
        <translation>資安經費比例</translation>
    </message>
    <message>
        <source>Outsourcing share</source>
        <translation>無形資產及委託費用比例</translation>
    </message>
    <message>
        <source>Promotion events share</source>
        <translation>推廣活動舉辦費比例</translation>
    </message>
    <message>
        <source>Advertising self-funded</source>
        <translation>廣告宣傳費限自籌</translation>
    </message>
    <message>
        <source>Budget totals</source>
        <translation>經費合計</translation>
    </message>
    <message>
        <source>To-be-hired staff share</source>
        <translation>待聘人員比例</translation>
    </message>
    <message>
        <source>Intended-organisation list</source>
        <translation>意向產業或組織名單</translation>
    </message>
    <message>
        <source>Intended organisations shared</source>
        <translation>產業或組織名單重複</translation>
    </message>
    <message>
        <source>Required documents (補件)</source>
        <translation>應備資料（補件）</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>檔案大小</translation>
    </message>
    <message>
        <source>Unreadable PDF</source>
        <translation>無法讀取的 PDF</translation>
    </message>
    <message>
        <source>Project period</source>
        <translation>計畫期程</translation>
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
        <translation>補助款</translation>
    </message>
    <message>
        <source>self-funded</source>
        <translation>自籌款</translation>
    </message>
    <message>
        <source>security</source>
        <translation>資安經費</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Industry code %1 is not eligible; the program accepts %2.</source>
        <translation>行業代碼 %1 不符申請資格；本計畫限 %2。</translation>
    </message>
    <message>
        <source>Net worth is %1 thousand; it must be positive.</source>
        <translation>公司淨值為 %1 千元；須為正值。</translation>
    </message>
    <message>
        <source>The applicant is declared as having mainland Chinese capital (陸資), which is not eligible.</source>
        <translation>申請企業申報為陸資企業，不符申請資格。</translation>
    </message>
    <message>
        <source>The applicant is a branch office (分公司), which is not eligible.</source>
        <translation>申請企業為分公司，不符申請資格。</translation>
    </message>
    <message>
        <source>The applicant is a bank-rejected account (銀行拒絕往來戶), which is not eligible.</source>
        <translation>申請企業為銀行拒絕往來戶，不符申請資格。</translation>
    </message>
    <message>
        <source>統一編號 %1 fails the Ministry of Finance check digit.</source>
        <translation>統一編號 %1 不符財政部檢查碼規則。</translation>
    </message>
    <message>
        <source>統一編號 %1 has %2 proposals in this round (also: %3); each company may submit one.</source>
        <translation>統一編號 %1 在本梯次有 %2 件提案（另有：%3）；每一企業以 1 案為限。</translation>
    </message>
    <message>
        <source>推動家數 is %1; %2 needs at least %3.</source>
        <translation>推動家數為 %1 家；%2 至少需 %3 家。</translation>
    </message>
    <message>
        <source>Subsidy of %1 thousand exceeds the cap of %2 thousand for %3 with 推動家數 %4.</source>
        <translation>補助款 %1 千元，超過%3推動 %4 家之上限 %2 千元。</translation>
    </message>
    <message>
        <source>Subsidy (%1 thousand) is %2 of the total, more than the self-funded part (%3 thousand); it may be at most %4%.</source>
        <translation>補助款（%1 千元）占總經費 %2，高於自籌款（%3 千元）；不得超過 %4%。</translation>
    </message>
    <message>
        <source>Security budget is %1 thousand, %2 of the total %3 thousand (rounded to one decimal); at least %4% is required.</source>
        <translation>資安經費 %1 千元，占總經費 %3 千元之 %2（四捨五入至小數點第 1 位）；應達 %4% 以上。</translation>
    </message>
    <message>
        <source>%1 come to %2 thousand, %3 of the total; as a rule at most %4%.</source>
        <translation>%1合計 %2 千元，占總經費 %3；以不超過 %4% 為原則。</translation>
    </message>
    <message>
        <source>%1 has %2 thousand of subsidy; advertising may only be self-funded.</source>
        <translation>%1編列補助款 %2 千元；廣告宣傳費限編列於自籌款。</translation>
    </message>
    <message>
        <source>The stated %1 total is %2 thousand but the items add up to %3 thousand.</source>
        <translation>所載%1合計為 %2 千元，但各科目加總為 %3 千元。</translation>
    </message>
    <message>
        <source>%1 of %2 project staff are still to be hired (%3); as a rule at most %4%.</source>
        <translation>計畫人員 %2 人中有 %1 人待聘（%3）；以不超過 %4% 為原則。</translation>
    </message>
    <message>
        <source>The intended-organisation list names %1 for 推動家數 %2; at least %3 (%4%) are expected.</source>
        <translation>意向產業或組織名單列出 %1 家，推動家數 %2 家；應至少列出 %3 家（%4%）。</translation>
    </message>
    <message>
        <source>%1 intended organisation(s) also appear on another applicant&apos;s list (%2): %3.</source>
        <translation>有 %1 家產業或組織亦列於其他申請企業（%2）之名單：%3。</translation>
    </message>
    <message>
        <source>%1 is missing (補件).</source>
        <translation>缺少%1（補件）。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 provided (補件).</source>
        <translation>%1：應備 %3 份，僅提供 %2 份（補件）。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; each PDF may be at most %3 MB.</source>
        <translation>%1 為 %2 MB；單一 PDF 檔案以 %3 MB 為限。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 無法讀取：%2。</translation>
    </message>
    <message>
        <source>The project period %1 – %2 is outside the program window %3 – %4.</source>
        <translation>計畫期程 %1 至 %2 超出本計畫期程 %3 至 %4。</translation>
    </message>
    <message>
        <source>Budget amounts</source>
        <translation>經費金額</translation>
    </message>
    <message>
        <source>The total row</source>
        <translation>合計列</translation>
    </message>
    <message>
        <source>%1: its information-security part, %2 thousand, is more than the row itself, %3 thousand.</source>
        <translation>%1：其中資安經費 %2 千元，超過該科目本身的 %3 千元。</translation>
    </message>
    <message>
        <source>%1, %2: %3 thousand; an amount cannot be negative.</source>
        <translation>%1，%2：%3 千元；金額不得為負數。</translation>
    </message>
    <message>
        <source>%1, %2: %3 thousand; amounts are whole thousands (rounded to the nearest thousand).</source>
        <translation>%1，%2：%3 千元；金額應以千元為單位並四捨五入至整數。</translation>
    </message>
    <message>
        <source>Outsourcing subsidy share</source>
        <translation>無形資產及委託費用補助款比例</translation>
    </message>
    <message>
        <source>Maintenance without equipment use</source>
        <translation>未編設備使用費而編維護費</translation>
    </message>
    <message>
        <source>%1 take %2 thousand of subsidy, %3 of the total subsidy of %4 thousand; as a rule at most %5%.</source>
        <translation>%1 之補助款合計 %2 千元，占計畫總補助經費 %4 千元之 %3；原則上不超過 %5%。</translation>
    </message>
    <message>
        <source>%1 thousand of equipment maintenance (設備維護費) is budgeted without any equipment use (設備使用費); as a rule it may not be.</source>
        <translation>編列設備維護費 %1 千元，但未編列設備使用費；原則上不得報支設備維護費。</translation>
    </message>
    <message>
        <source>Intended list entries</source>
        <translation>意向名單項目</translation>
    </message>
    <message>
        <source>Row %1 of the intended list (%2) is the applicant itself; it does not count.</source>
        <translation>意向名單第 %1 列（%2）為申請企業本身，不予計入。</translation>
    </message>
    <message>
        <source>Row %1 of the intended list (%2) repeats row %3; it counts once.</source>
        <translation>意向名單第 %1 列（%2）與第 %3 列重複，僅計一次。</translation>
    </message>
    <message>
        <source>Row %1 of the intended list (%2): the business ID (統一編號) has a wrong check digit; it does not count.</source>
        <translation>意向名單第 %1 列（%2）：統一編號檢查碼錯誤，不予計入。</translation>
    </message>
    <message>
        <source>Solution categories (方案類別)</source>
        <translation>方案類別</translation>
    </message>
    <message>
        <source>The solution “%1” names %2 categories (方案類別); at most %3.</source>
        <translation>雲端方案「%1」填寫 %2 項方案類別；最多 %3 項。</translation>
    </message>
    <message>
        <source>The solution “%1” names categories (方案類別) %2, which are not among the %3 listed.</source>
        <translation>雲端方案「%1」填寫的方案類別 %2 不在所列 %3 類之中。</translation>
    </message>
    <message>
        <source>Solutions&apos; organisations against the target (推動家數)</source>
        <translation>方案推動導入家數與推動家數</translation>
    </message>
    <message>
        <source>The solutions&apos; organisations (推動導入家數) add up to %1, not to the target of %2 organisations (推動家數); the subsidy cap follows the lower.</source>
        <translation>各雲端方案推動導入家數總計為 %1，與推動家數 %2 不符；補助上限依較低者認定。</translation>
    </message>
    <message>
        <source>Documents due with the plan (補件)</source>
        <translation>依計畫應附文件（補件）</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>檔案格式</translation>
    </message>
    <message>
        <source>intended organisations are marked as having a letter of intent (意向書)</source>
        <translation>意向名單中有標示具合作意向書之產業或組織</translation>
    </message>
    <message>
        <source>the applicant declares a relation to a public official (公職人員利益衝突迴避法 第14條)</source>
        <translation>申請企業聲明有公職人員利益衝突迴避法第14條之關係</translation>
    </message>
    <message>
        <source>%1 is budgeted</source>
        <translation>編列有%1</translation>
    </message>
    <message>
        <source>%1 is missing (補件): it is due because %2 (%3).</source>
        <translation>缺少%1（補件）：因%2，應檢附（%3）。</translation>
    </message>
    <message>
        <source>%1 is not a PDF file; documents are uploaded as PDF (補件).</source>
        <translation>%1 不是 PDF 檔；應備資料應以 PDF 檔上傳（補件）。</translation>
    </message>
    <message>
        <source>Similar proposal text</source>
        <translation>計畫內容雷同</translation>
    </message>
    <message>
        <source>%1: %2 of its text is also in %3 of %4 (%5 of that document); compare the passages side by side.</source>
        <translation>%1：有 %2 的內容亦見於 %4 的 %3（占該文件 %5）；請對照比較雷同段落。</translation>
    </message>
    <message>
        <source>%1: %2 of its text is also in %3 of %4 in the round “%6” (%5 of that document); compare the passages side by side.</source>
        <translation>%1：有 %2 的內容亦見於梯次「%6」中 %4 的 %3（占該文件 %5）；請對照比較雷同段落。</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Pass</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>Pass after revision</source>
        <translation>修正後通過</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不通過</translation>
    </message>
    <message>
        <source>%1&apos;s total is %2 points from the others&apos; mean</source>
        <translation>%1 的總分與其他委員平均相差 %2 分</translation>
    </message>
    <message>
        <source>%1&apos;s rank is %2 places from the others&apos; median rank</source>
        <translation>%1 的序位與其他委員序位中位數相差 %2 位</translation>
    </message>
    <message>
        <source>scores on %1 span %2 points</source>
        <translation>「%1」的評分差距達 %2 分</translation>
    </message>
    <message>
        <source>%1 has not returned a sheet</source>
        <translation>%1 尚未回傳評分表</translation>
    </message>
    <message>
        <source>%1&apos;s sheet is not complete</source>
        <translation>%1 的評分表尚未完成</translation>
    </message>
    <message>
        <source>%1&apos;s later return changed this sheet</source>
        <translation>%1 後來的回傳更動了此評分表</translation>
    </message>
    <message>
        <source>too few sheets count (%1)</source>
        <translation>列入計算的評分表過少（%1 份）</translation>
    </message>
    <message>
        <source>%1 of %2 members are present; the meeting needs %3.</source>
        <translation>委員 %2 人中出席 %1 人；會議須有 %3 人出席。</translation>
    </message>
    <message>
        <source>%1: no decision yet.</source>
        <translation>%1：尚未決議。</translation>
    </message>
    <message>
        <source>%1: %2 marked difference(s) not yet handled by resolution (議決) or re-scoring (複評).</source>
        <translation>%1：尚有 %2 項明顯差異未經議決或複評處置。</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>委員 %1</translation>
    </message>
    <message>
        <source>The round&apos;s results are final. Reopen them, giving the reason, before changing anything.</source>
        <translation>本梯次結果已確定。如需變更，請先敘明理由重新開啟。</translation>
    </message>
    <message>
        <source>The chair must be a member of the round&apos;s committee.</source>
        <translation>主席須為本梯次審查委員。</translation>
    </message>
    <message>
        <source>The application is not in this round.</source>
        <translation>此申請案不在本梯次。</translation>
    </message>
    <message>
        <source>%1&apos;s sheet for %2 does not count (not assigned, conflicted or not complete), so it cannot be revised.</source>
        <translation>%1 對 %2 的評分表不列入計算（未指派、利益迴避或未完成），無法修正。</translation>
    </message>
    <message>
        <source>%1 is not recorded as present; only members at the meeting revise their scores.</source>
        <translation>%1 未登記出席；僅出席委員得修正評分。</translation>
    </message>
    <message>
        <source>The rubric has no criterion &quot;%1&quot;.</source>
        <translation>評分標準中沒有評分項目「%1」。</translation>
    </message>
    <message>
        <source>The score for &quot;%1&quot; must lie between 0 and %2, with at most one decimal.</source>
        <translation>「%1」的分數須介於 0 到 %2 之間，最多一位小數。</translation>
    </message>
    <message>
        <source>A revised score needs the reason for the revision.</source>
        <translation>修正分數須敘明理由。</translation>
    </message>
    <message>
        <source>%1&apos;s score for &quot;%2&quot; is already %3.</source>
        <translation>%1 的「%2」分數已是 %3。</translation>
    </message>
    <message>
        <source>A resolution (議決) needs the committee&apos;s note of what it decided.</source>
        <translation>議決須記載委員會決議內容。</translation>
    </message>
    <message>
        <source>%1 has no marked difference &quot;%2&quot; to resolve.</source>
        <translation>%1 沒有待議決的明顯差異「%2」。</translation>
    </message>
    <message>
        <source>%1: no score sheet counts yet, so the committee cannot decide.</source>
        <translation>%1：尚無列入計算的評分表，委員會無法決議。</translation>
    </message>
    <message>
        <source>%1 of %2 members are present; the meeting needs %3 to decide.</source>
        <translation>委員 %2 人中出席 %1 人；須有 %3 人出席始得決議。</translation>
    </message>
    <message>
        <source>The votes (%1 for, %2 against, %3 abstaining) must add up to at most the %4 members present.</source>
        <translation>票數（同意 %1、不同意 %2、棄權 %3）合計不得超過出席委員 %4 人。</translation>
    </message>
    <message>
        <source>%1 votes for are not more than half of the %2 members present.</source>
        <translation>同意 %1 票未超過出席委員 %2 人之半數。</translation>
    </message>
    <message>
        <source>Pass after revision (修正後通過) needs the conditions the applicant must meet.</source>
        <translation>修正後通過須載明申請單位應修正之條件。</translation>
    </message>
    <message>
        <source>%1: the decision departs from the preliminary opinion (初審意見); give the reason.</source>
        <translation>%1：決議與初審意見不同，請敘明理由。</translation>
    </message>
    <message>
        <source>The results cannot be final yet:</source>
        <translation>結果尚無法確定：</translation>
    </message>
    <message>
        <source>The round&apos;s results are not final.</source>
        <translation>本梯次結果尚未確定。</translation>
    </message>
    <message>
        <source>Reopening final results needs the reason, which stays on the record.</source>
        <translation>重新開啟已確定之結果須敘明理由，理由將留存紀錄。</translation>
    </message>
    <message>
        <source>%1, sheet of %2: %3</source>
        <translation>%1，%2 的評分表：%3</translation>
    </message>
    <message>
        <source>%1 is not eligible in screening (資格文件審查) (%2: %3); the committee decides only on eligible applications.</source>
        <translation>%1 未經資格文件審查為符合（%2：%3）；委員會僅就符合之申請案決議。</translation>
    </message>
    <message>
        <source>%1: the mean of %2 is below the pass mark of %3; give the reason it passes.</source>
        <translation>%1：平均 %2 分低於及格分數 %3 分；通過須說明理由。</translation>
    </message>
    <message>
        <source>%1: the mean of %2 reaches the pass mark of %3; give the reason it fails.</source>
        <translation>%1：平均 %2 分已達及格分數 %3 分；不通過須說明理由。</translation>
    </message>
    <message>
        <source>%1: a decision to fail (不通過) approves no subsidy.</source>
        <translation>%1：不通過之決議不核定補助款。</translation>
    </message>
    <message>
        <source>The committee has %1 members; it needs %2 to %3 (採購評選委員會組織準則 第4條).</source>
        <translation>委員會委員 %1 人；應為 %2 至 %3 人（採購評選委員會組織準則 第4條）。</translation>
    </message>
    <message>
        <source>%1 of the %2 members are external experts (外聘); at least %3 % are needed (組織準則 第4條).</source>
        <translation>委員 %2 人中外聘專家學者 %1 人；應不少於 %3%（組織準則 第4條）。</translation>
    </message>
    <message>
        <source>%1 external experts (外聘) of %2 members are present; at least %3 and at least %4 % of those present are needed (審議規則 第9條).</source>
        <translation>出席委員 %2 人中外聘專家學者 %1 人；應至少 %3 人且不少於出席人數之 %4%（審議規則 第9條）。</translation>
    </message>
    <message>
        <source>tied at %1 with another application on every criterion too: the committee orders them by resolution (議決) or lot (抽籤)</source>
        <translation>與另一案同為 %1 且各評分項目亦相同：由委員會議決或抽籤定其先後</translation>
    </message>
    <message>
        <source>%1 marked “%2” not met (不符合)</source>
        <translation>%1 認定「%2」不符合</translation>
    </message>
</context>
<context>
    <name>MeetingDialogs</name>
    <message>
        <source>Attendance and meeting details</source>
        <translation>出席及會議資料</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>e.g. 2025-03-12 14:00</source>
        <translation>例：2025-03-12 14:00</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>主席(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>時間(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地點(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Recorder:</source>
        <translation>記錄(&amp;R)：</translation>
    </message>
    <message>
        <source>Members present:</source>
        <translation>出席委員：</translation>
    </message>
    <message>
        <source>%1 of %2 present; the meeting needs %3 (採購評選委員會審議規則 第9條).</source>
        <translation>%2 人中出席 %1 人；會議須有 %3 人出席（採購評選委員會審議規則 第9條）。</translation>
    </message>
    <message>
        <source>Revise a score (複評)</source>
        <translation>複評：修正分數</translation>
    </message>
    <message>
        <source>Reason for the revision</source>
        <translation>修正理由</translation>
    </message>
    <message>
        <source>Now %1, as returned %2 (maximum %3)</source>
        <translation>目前 %1，原回傳 %2（上限 %3）</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>委員(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Criterion:</source>
        <translation>評分項目(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Revised score:</source>
        <translation>修正後分數(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E)：</translation>
    </message>
    <message>
        <source>None of the members whose sheets count for this application is recorded as present.</source>
        <translation>本案列入計算之委員均未登記出席。</translation>
    </message>
    <message>
        <source>Resolution (議決)</source>
        <translation>議決</translation>
    </message>
    <message>
        <source>%1

What the committee resolved about this difference:</source>
        <translation>%1

委員會對此差異之議決：</translation>
    </message>
    <message>
        <source>Reopen the results</source>
        <translation>重新開啟結果</translation>
    </message>
    <message>
        <source>The results are final. Why are they reopened? The reason stays on the record and in the minutes.</source>
        <translation>結果已確定。重新開啟的理由為何？理由將留存紀錄並載入會議紀錄。</translation>
    </message>
    <message>
        <source>The committee&apos;s resolution</source>
        <translation>委員會議決內容</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>重新開啟的理由</translation>
    </message>
</context>
<context>
    <name>PackageDialogs</name>
    <message>
        <source>Folder for the reviewer packages</source>
        <translation>審查資料包的存放資料夾</translation>
    </message>
    <message>
        <source>Writing reviewer packages…</source>
        <translation>正在產生審查資料包…</translation>
    </message>
    <message>
        <source>%1: %2 applications → %3</source>
        <translation>%1：%2 件申請案 → %3</translation>
    </message>
    <message>
        <source>    left out (conflict): %1</source>
        <translation>    未納入（利益衝突）：%1</translation>
    </message>
    <message>
        <source>Cancelled; the packages above were written.</source>
        <translation>已取消；以上資料包已寫出。</translation>
    </message>
    <message>
        <source>Reviewer packages</source>
        <translation>審查資料包</translation>
    </message>
    <message>
        <source>Open a reviewer package</source>
        <translation>開啟審查資料包</translation>
    </message>
    <message>
        <source>Reviewer packages (*.rdpkg *.zip)</source>
        <translation>審查資料包 (*.rdpkg *.zip)</translation>
    </message>
    <message>
        <source>Checking and opening the package…</source>
        <translation>正在檢查並開啟資料包…</translation>
    </message>
    <message>
        <source>Reviewer package</source>
        <translation>審查資料包</translation>
    </message>
    <message>
        <source>Save the score return</source>
        <translation>儲存評分回傳</translation>
    </message>
    <message>
        <source>Score returns (*.rdret)</source>
        <translation>評分回傳 (*.rdret)</translation>
    </message>
    <message>
        <source>Score return</source>
        <translation>評分回傳</translation>
    </message>
    <message>
        <source>Send your private page notes with the return as well?</source>
        <translation>是否將您的私人頁面筆記一併隨回傳送出？</translation>
    </message>
    <message>
        <source>Writing the score return…</source>
        <translation>正在寫出評分回傳…</translation>
    </message>
    <message>
        <source>%1 sheets written to %2.</source>
        <translation>已將 %1 份評分表寫入 %2。</translation>
    </message>
    <message>
        <source>Not complete, not sent:
%1</source>
        <translation>尚未完成、未送出：
%1</translation>
    </message>
    <message>
        <source>Import a score return</source>
        <translation>匯入評分回傳</translation>
    </message>
    <message>
        <source>Score returns (*.rdret *.zip)</source>
        <translation>評分回傳 (*.rdret *.zip)</translation>
    </message>
    <message>
        <source>Checking the score return…</source>
        <translation>正在檢查評分回傳…</translation>
    </message>
    <message>
        <source>Replace the earlier return?</source>
        <translation>取代先前的回傳？</translation>
    </message>
    <message>
        <source>%1 already sent a return for this round (imported %2). Replace it with this one? The earlier return is kept as history.</source>
        <translation>%1 已送過本梯次的評分回傳（匯入於 %2）。要以此份取代嗎？先前的回傳會保留為歷史紀錄。</translation>
    </message>
    <message>
        <source>Importing the score return…</source>
        <translation>正在匯入評分回傳…</translation>
    </message>
    <message>
        <source>%1: %2 sheets imported (%3 declared conflicts).</source>
        <translation>%1：已匯入 %2 份評分表（聲明利益迴避 %3 件）。</translation>
    </message>
    <message>
        <source>each printed score sheet (評分表)</source>
        <translation>每張評分表</translation>
    </message>
    <message>
        <source>No certificate was registered for you when this package was made. The secretariat accepts signed sheets only with the certificate it has registered for you: tell it which one you sign with.</source>
        <translation>製作本審查包時，秘書處尚未登錄您的憑證。秘書處只接受以為您登錄之憑證簽章的評分表：請告知秘書處您用以簽章的憑證。</translation>
    </message>
    <message>
        <source>%1 already holds other files, and a review workspace needs a folder of its own.

Create the folder %2 in it for this package?</source>
        <translation>%1 已有其他檔案，審查工作區需要專屬的資料夾。

要在其中為此資料包建立資料夾「%2」嗎？</translation>
    </message>
    <message>
        <source>Choose a folder for your review workspace</source>
        <translation>選擇審查工作區的資料夾</translation>
    </message>
    <message>
        <source>score-return_%1_%2_%3.rdret</source>
        <translation>評分回傳_%1_%2_%3.rdret</translation>
    </message>
    <message>
        <source>Only a member&apos;s review workspace sends a score return.</source>
        <translation>只有委員的審查工作區可以匯出評分回傳。</translation>
    </message>
    <message numerus="yes">
        <source>There is nothing to send yet: none of your %n sheet(s) is marked complete or declared a conflict.</source>
        <translation>
            <numerusform>目前沒有可回傳的評分表：您的 %n 張評分表都尚未標示完成或聲明利益迴避。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageNotes</name>
    <message>
        <source>A note needs some text.</source>
        <translation>筆記不可空白。</translation>
    </message>
    <message>
        <source>document %1 has no page %2</source>
        <translation>文件 %1 沒有第 %2 頁</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>%1 cannot be opened as a PDF</source>
        <translation>%1 無法以 PDF 開啟</translation>
    </message>
</context>
<context>
    <name>PdfOcr</name>
    <message>
        <source>Tesseract&apos;s Traditional Chinese and English data are not installed (tesseract-ocr-chi-tra, tesseract-ocr-eng)</source>
        <translation>未安裝 Tesseract 的繁體中文與英文辨識資料（tesseract-ocr-chi-tra、tesseract-ocr-eng）</translation>
    </message>
</context>
<context>
    <name>PdfTextExtractor</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the PDF reader stopped responding on this file</source>
        <translation>PDF 讀取程式處理此檔案時停止回應</translation>
    </message>
    <message>
        <source>the PDF reader crashed on this file</source>
        <translation>PDF 讀取程式處理此檔案時異常終止</translation>
    </message>
    <message>
        <source>not a readable PDF (damaged or not a PDF at all)</source>
        <translation>不是可讀取的 PDF（檔案損毀或並非 PDF）</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>PDF 設有密碼保護</translation>
    </message>
    <message>
        <source>the PDF reader (reviewdesk-pdfworker) could not be started; reinstall ReviewDesk</source>
        <translation>無法啟動 PDF 讀取程式（reviewdesk-pdfworker）；請重新安裝 ReviewDesk</translation>
    </message>
    <message>
        <source>the PDF is too large to read: the reader needed more than its share of this computer&apos;s memory</source>
        <translation>PDF 過大而無法讀取：讀取程式所需記憶體超過本機分配給它的額度</translation>
    </message>
</context>
<context>
    <name>PreliminaryOpinions</name>
    <message>
        <source>Meets the requirements</source>
        <translation>符合要求</translation>
    </message>
    <message>
        <source>Partly meets the requirements</source>
        <translation>部分符合要求</translation>
    </message>
    <message>
        <source>Does not meet the requirements</source>
        <translation>不符合要求</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未表示</translation>
    </message>
    <message>
        <source>there is no application %1</source>
        <translation>找不到申請案 %1</translation>
    </message>
    <message>
        <source>“%1” is not a criterion of the round&apos;s rubric; it has %2</source>
        <translation>「%1」不是本梯次評分表的評分項目；可用項目為 %2</translation>
    </message>
    <message>
        <source>the preliminary opinion is empty</source>
        <translation>初審意見沒有內容</translation>
    </message>
</context>
<context>
    <name>ProposalComparison</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ReviewPackage</name>
    <message>
        <source>This is a reviewer&apos;s workspace; packages are made by the secretariat.</source>
        <translation>這是審查委員的工作區；審查資料包由執行單位產生。</translation>
    </message>
    <message>
        <source>Round &quot;%1&quot; has no rubric yet: %2</source>
        <translation>審查梯次「%1」尚未設定評分表：%2</translation>
    </message>
    <message>
        <source>There is no reviewer %1.</source>
        <translation>沒有編號 %1 的委員。</translation>
    </message>
    <message>
        <source>The document %1 of %2 cannot be read from the workspace: %3</source>
        <translation>無法從工作區讀取 %2 的文件 %1：%3</translation>
    </message>
    <message>
        <source>%1 has no application to review in round &quot;%2&quot;.</source>
        <translation>%1 在審查梯次「%2」中沒有需審查的申請案。</translation>
    </message>
    <message>
        <source>The package&apos;s rubric is not the one its manifest names.</source>
        <translation>資料包中的評分表與清單所載不符。</translation>
    </message>
    <message>
        <source>The package&apos;s copy of %1 is not the document it names.</source>
        <translation>資料包中的 %1 與其所載文件不符。</translation>
    </message>
    <message>
        <source>ReviewDesk reviewer package</source>
        <translation>ReviewDesk 審查資料包</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>declared by the member: %1</source>
        <translation>委員自行聲明：%1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <source>screening (資格文件審查): %1 — %2</source>
        <translation>資格文件審查：%1——%2</translation>
    </message>
    <message>
        <source>The stored application.json of %1 cannot be read: %2</source>
        <translation>無法讀取 %1 儲存的 application.json：%2</translation>
    </message>
    <message>
        <source>The package&apos;s OCR text of %1, page %2, is damaged.</source>
        <translation>審查資料包中 %1 第 %2 頁的 OCR 文字已損壞。</translation>
    </message>
</context>
<context>
    <name>ReviewerStore</name>
    <message>
        <source>a committee member needs a name</source>
        <translation>審查委員需有姓名</translation>
    </message>
    <message>
        <source>there is no committee member %1</source>
        <translation>找不到審查委員 %1</translation>
    </message>
    <message>
        <source>there is no application %1</source>
        <translation>找不到申請案 %1</translation>
    </message>
    <message>
        <source>the committee member has a conflict with this application (%1); give a reason to assign them anyway</source>
        <translation>此審查委員與本案有利益衝突（%1）；如仍要指派，請說明理由</translation>
    </message>
    <message>
        <source>the application is not found eligible (符合) in screening (資格文件審查) (%1: %2); only eligible applications are assigned</source>
        <translation>申請案未經資格文件審查為符合（%1：%2）；僅符合者可指派委員</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>secretariat</source>
        <translation>秘書處</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>committee member</source>
        <translation>審查委員</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>「%1」不是 SHA-256 指紋（64 個十六進位數字）。</translation>
    </message>
    <message>
        <source>Certificate %1 is registered for the committee member %2; a member&apos;s certificate cannot also act for the secretariat.</source>
        <translation>憑證 %1 已登錄為審查委員 %2 的憑證；委員的憑證不能同時代表秘書處。</translation>
    </message>
    <message>
        <source>no chair (召集人) is recorded for the meeting</source>
        <translation>會議尚未指定主席（召集人）</translation>
    </message>
    <message>
        <source>no certificate is registered for the %1</source>
        <translation>尚未登錄%1的憑證</translation>
    </message>
    <message>
        <source>certificate %1 is not the one registered for the %2 (%3)</source>
        <translation>憑證 %1 不是%2所登錄的憑證（%3）</translation>
    </message>
    <message>
        <source>certificate %1 belongs to the %2, not to the %3</source>
        <translation>憑證 %1 屬於%2，而非%3</translation>
    </message>
</context>
<context>
    <name>RoundArchive</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>無法建立暫存資料夾</translation>
    </message>
    <message>
        <source>Archive certificate</source>
        <translation>封存證明</translation>
    </message>
    <message>
        <source>cannot write the archive certificate</source>
        <translation>無法寫入封存證明</translation>
    </message>
    <message>
        <source>Round archive certificate (封存證明)</source>
        <translation>梯次封存證明</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>梯次：%1</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>封存時間：%1</translation>
    </message>
    <message>
        <source>Files listed in the manifest: %1</source>
        <translation>清單所列檔案：%1 個</translation>
    </message>
    <message>
        <source>SHA-256 of manifest.json:</source>
        <translation>manifest.json 的 SHA-256：</translation>
    </message>
    <message>
        <source>Every file of this archive is listed in manifest.json with its SHA-256. This certificate binds that manifest: changing any file, or the manifest, is detected by reviewdesk-cli verify.</source>
        <translation>本封存檔的每個檔案均列於 manifest.json 並附其 SHA-256。本證明綁定該清單：任何檔案或清單本身遭變更，皆可由 reviewdesk-cli verify 查出。</translation>
    </message>
    <message>
        <source>Secretariat&apos;s digital signature</source>
        <translation>秘書處數位簽章</translation>
    </message>
    <message>
        <source>Manifest SHA-256 %1…</source>
        <translation>清單 SHA-256 %1…</translation>
    </message>
    <message>
        <source>the stored file %1 for %2 is missing from the workspace</source>
        <translation>工作區中缺少 %2 所需的儲存檔 %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Audit trail: %1 events, the last with SHA-256 %2</source>
        <translation>稽核軌跡：%1 筆事件，最後一筆的 SHA-256 為 %2</translation>
    </message>
    <message>
        <source>This round accepted unsigned score sheets from members without a registered certificate.</source>
        <translation>本梯次接受未登錄憑證之委員寄回未簽章的評分表。</translation>
    </message>
    <message>
        <source>The archive is certified by the secretariat: %1.</source>
        <translation>封存證明須由秘書處簽章：%1。</translation>
    </message>
</context>
<context>
    <name>RoundData</name>
    <message>
        <source>the stored return does not match the digest it was received with</source>
        <translation>儲存的回傳內容與收件時的摘要不符</translation>
    </message>
    <message>
        <source>no score return brought this sheet</source>
        <translation>此評分表並非經由評分回傳收到</translation>
    </message>
    <message>
        <source>the sheet in the database differs from the sheet as returned</source>
        <translation>資料庫中的評分表與回傳的評分表不同</translation>
    </message>
    <message>
        <source>the returned sheet is missing from the database</source>
        <translation>回傳的評分表不在資料庫中</translation>
    </message>
</context>
<context>
    <name>RoundSettings</name>
    <message>
        <source>the ranking method is mean or rank_sum, not &quot;%1&quot;</source>
        <translation>排序方法須為 mean 或 rank_sum，而非「%1」</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation>%1 須為 %2 至 %3 之間的數字</translation>
    </message>
    <message>
        <source>member_codes must be true or false</source>
        <translation>member_codes 須為 true 或 false</translation>
    </message>
    <message>
        <source>unsigned_returns must be true or false</source>
        <translation>unsigned_returns 必須為 true 或 false</translation>
    </message>
    <message>
        <source>time_stamping is the http or https address of a time-stamping service, or empty</source>
        <translation>time_stamping 須為時戳服務的 http 或 https 位址，或留空</translation>
    </message>
    <message>
        <source>committee sizes are whole numbers</source>
        <translation>委員人數須為整數</translation>
    </message>
    <message>
        <source>committee_minimum must not exceed committee_maximum</source>
        <translation>committee_minimum 不得大於 committee_maximum</translation>
    </message>
    <message>
        <source>tie_break is heaviest_criterion or median_rank_sum, not &quot;%1&quot;</source>
        <translation>tie_break 應為 heaviest_criterion 或 median_rank_sum，不是「%1」</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>%1 is not a valid rubric: %2</source>
        <translation>%1 不是有效的評分表：%2</translation>
    </message>
    <message>
        <source>%1: “format” must be “%2”</source>
        <translation>%1：「format」必須是「%2」</translation>
    </message>
    <message>
        <source>%1: a rubric needs “id”, “version” and “name.zh_TW”</source>
        <translation>%1：評分表需有「id」、「version」與「name.zh_TW」</translation>
    </message>
    <message>
        <source>%1: “scale” is “%2”; expected points or percent</source>
        <translation>%1：「scale」為「%2」；應為 points 或 percent</translation>
    </message>
    <message>
        <source>%1: an item of “%2” has no “id”</source>
        <translation>%1：「%2」中有項目缺少「id」</translation>
    </message>
    <message>
        <source>%1: the id “%2” is used twice</source>
        <translation>%1：代碼「%2」重複使用</translation>
    </message>
    <message>
        <source>%1: criterion “%2” has no name</source>
        <translation>%1：評分項目「%2」沒有名稱</translation>
    </message>
    <message>
        <source>%1: criterion “%2” needs a positive “weight”</source>
        <translation>%1：評分項目「%2」需有正數「weight」</translation>
    </message>
    <message>
        <source>%1: the criteria&apos;s weights add up to %2, not 100</source>
        <translation>%1：各評分項目權重合計為 %2，而非 100</translation>
    </message>
    <message>
        <source>%1: checklist item “%2” has no name</source>
        <translation>%1：檢核項目「%2」沒有名稱</translation>
    </message>
    <message>
        <source>%1: the rubric has neither criteria nor checklist items</source>
        <translation>%1：評分表既無評分項目也無檢核項目</translation>
    </message>
    <message>
        <source>%1: each recommendation needs a unique “id” and a name</source>
        <translation>%1：每個審查建議需有唯一的「id」與名稱</translation>
    </message>
    <message>
        <source>%1: the rubric lists no recommendations</source>
        <translation>%1：評分表未列出審查建議</translation>
    </message>
    <message>
        <source>the rubric “%1” is not installed</source>
        <translation>未安裝評分表「%1」</translation>
    </message>
    <message>
        <source>%1: category “%2” needs a unique id numbered under “%3” and a name</source>
        <translation>%1：類別「%2」須有不重複、編於「%3」之下的代碼及名稱</translation>
    </message>
    <message>
        <source>%1: “presentation” needs talk_minutes above 0 and question_minutes from 0, both at most 240</source>
        <translation>%1：「presentation」的 talk_minutes 須大於 0、question_minutes 須不小於 0，且皆不超過 240</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>unknown rule “%1”</source>
        <translation>未知的規則「%1」</translation>
    </message>
    <message>
        <source>rule “%1” needs the parameter “%2”</source>
        <translation>規則「%1」缺少參數「%2」</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>%1 is not a valid rule set: %2</source>
        <translation>%1 不是有效的規則集：%2</translation>
    </message>
    <message>
        <source>%1: “format” must be “%2”</source>
        <translation>%1：「format」必須是「%2」</translation>
    </message>
    <message>
        <source>%1: the rule set has no “id”</source>
        <translation>%1：規則集缺少「id」</translation>
    </message>
    <message>
        <source>%1: rule %2 (“%3”) has severity “%4”; expected error or warning</source>
        <translation>%1：第 %2 條規則（「%3」）的嚴重度為「%4」；應為 error 或 warning</translation>
    </message>
    <message>
        <source>%1: rule “%2” does not cite its source</source>
        <translation>%1：規則「%2」未註明依據</translation>
    </message>
    <message>
        <source>%1: rule “%2” appears twice</source>
        <translation>%1：規則「%2」重複出現</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the rule set “%1” is not installed</source>
        <translation>未安裝規則集「%1」</translation>
    </message>
</context>
<context>
    <name>SafeZip</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>%1: an entry name is neither UTF-8 nor Big5 (%2)</source>
        <translation>%1：有項目名稱既非 UTF-8 也非 Big5（%2）</translation>
    </message>
    <message>
        <source>%1: an entry has an empty name</source>
        <translation>%1：有項目沒有名稱</translation>
    </message>
    <message>
        <source>%1: the entry “%2” has an absolute path</source>
        <translation>%1：項目「%2」使用絕對路徑</translation>
    </message>
    <message>
        <source>%1: the entry “%2” points outside the archive (“..”)</source>
        <translation>%1：項目「%2」指向壓縮檔以外（「..」）</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries; refused as a possible ZIP bomb</source>
        <translation>%1 超過 %2 個項目；疑似 ZIP 炸彈，拒絕處理</translation>
    </message>
    <message>
        <source>%1: the ZIP directory is damaged</source>
        <translation>%1：ZIP 目錄已損毀</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is a symbolic link</source>
        <translation>%1：項目「%2」是符號連結</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is password-protected</source>
        <translation>%1：項目「%2」設有密碼保護</translation>
    </message>
    <message>
        <source>%1: the entry “%2” would unpack to %3 MB, over the limit of %4 MB</source>
        <translation>%1：項目「%2」解壓後達 %3 MB，超過上限 %4 MB</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is compressed more than %3:1; refused as a possible ZIP bomb</source>
        <translation>%1：項目「%2」壓縮比超過 %3:1；疑似 ZIP 炸彈，拒絕處理</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB; refused as a possible ZIP bomb</source>
        <translation>%1 解壓後超過 %2 MB；疑似 ZIP 炸彈，拒絕處理</translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP archive</source>
        <translation>%1 不是可讀取的 ZIP 壓縮檔</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: the entry “%2” cannot be read</source>
        <translation>%1：無法讀取項目「%2」</translation>
    </message>
    <message>
        <source>%1: the entry “%2” is damaged</source>
        <translation>%1：項目「%2」已損毀</translation>
    </message>
    <message>
        <source>%1: the entry “%2” unpacks to more than it declares; refused</source>
        <translation>%1：項目「%2」解壓後大於其宣告大小；拒絕處理</translation>
    </message>
    <message>
        <source>%1: the entry “%2” fails its checksum</source>
        <translation>%1：項目「%2」檢查碼不符</translation>
    </message>
    <message>
        <source>%1: the entry “%2” has a control character in its name</source>
        <translation>%1：項目「%2」的名稱含有控制字元</translation>
    </message>
    <message>
        <source>%1 has a directory of %2 MB; refused</source>
        <translation>%1 的檔案目錄達 %2 MB；拒絕處理</translation>
    </message>
    <message>
        <source>%1: the end record claims %2 entries but the directory holds %3; refused</source>
        <translation>%1：結尾紀錄宣稱有 %2 個項目，目錄實有 %3 個；拒絕處理</translation>
    </message>
    <message>
        <source>%1: the entry “%2” has a local header that does not match the directory</source>
        <translation>%1：項目「%2」的本地標頭與目錄不符</translation>
    </message>
    <message>
        <source>%1: the entries “%2” and “%3” overlap; refused as a possible ZIP bomb</source>
        <translation>%1：項目「%2」與「%3」的資料互相重疊；疑為 ZIP 炸彈，拒絕處理</translation>
    </message>
    <message>
        <source>%1: the entries “%2” and “%3” would be one file on Windows and macOS; refused</source>
        <translation>%1：項目「%2」與「%3」在 Windows 與 macOS 上會是同一個檔案；拒絕處理</translation>
    </message>
    <message>
        <source>%1 would unpack %2 MB from %3 KB, more than %4:1 in all; refused as a possible ZIP bomb</source>
        <translation>%1 將由 %3 KB 解出 %2 MB，整體壓縮比超過 %4:1；疑為 ZIP 炸彈，拒絕處理</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1: an entry name is %2 bytes long; refused</source>
        <translation>%1：有項目名稱長達 %2 位元組；拒絕處理</translation>
    </message>
    <message>
        <source>%1: the entry “%2” uses compression method %3; ReviewDesk reads stored and deflated entries</source>
        <translation>%1：項目「%2」使用壓縮方式 %3；ReviewDesk 只讀取未壓縮（stored）與 deflate 壓縮的項目</translation>
    </message>
    <message>
        <source>%1: the entry “%2” appears twice in the archive; refused</source>
        <translation>%1：項目「%2」在壓縮檔中出現兩次；拒絕處理</translation>
    </message>
</context>
<context>
    <name>ScanNote</name>
    <message numerus="yes">
        <source>Scanned: %n page(s) of this document are images without text.</source>
        <translation><numerusform>掃描檔：本文件有 %n 頁為無文字的影像。</numerusform></translation>
    </message>
    <message>
        <source>OCR read %1 of them (mean confidence %2 %); search finds that text and marks the words where they were read. Check figures against the image.</source>
        <translation>OCR 已辨識其中 %1 頁（平均信心度 %2 %）；檢索可找到這些文字，並於辨識位置標示。數字請對照影像核對。</translation>
    </message>
    <message numerus="yes">
        <source>OCR could not read %n page(s).</source>
        <translation><numerusform>OCR 無法辨識 %n 頁。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) wait for OCR.</source>
        <translation><numerusform>%n 頁待 OCR 辨識。</numerusform></translation>
    </message>
    <message>
        <source> </source>
        <comment>between the sentences of a note; Chinese needs none (a zero-width space)</comment>
        <translation>​</translation>
    </message>
</context>
<context>
    <name>ScannedCopy</name>
    <message>
        <source>%1 is not a readable PDF</source>
        <translation>%1 不是可讀取的 PDF</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
</context>
<context>
    <name>ScoreReturn</name>
    <message>
        <source>This is not a reviewer&apos;s workspace: score returns are made from an imported package.</source>
        <translation>這不是審查委員的工作區：評分回傳須由匯入的審查資料包產生。</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>無法建立暫存資料夾</translation>
    </message>
    <message>
        <source>No score sheet is complete yet; mark a sheet complete before sending a return.</source>
        <translation>尚無已完成的評分表；請先將評分表標示為完成再送出回傳。</translation>
    </message>
    <message>
        <source>ReviewDesk score return</source>
        <translation>ReviewDesk 評分回傳</translation>
    </message>
    <message>
        <source>%1 answers a package from another workspace, not one issued here.</source>
        <translation>%1 回覆的是其他工作區發出的資料包，並非本工作區所發。</translation>
    </message>
    <message>
        <source>%1 answers package %2, which this workspace never issued.</source>
        <translation>%1 回覆資料包 %2，但本工作區未曾發出此資料包。</translation>
    </message>
    <message>
        <source>%1 names another reviewer or round than the package it answers.</source>
        <translation>%1 所載的委員或梯次與其回覆的資料包不符。</translation>
    </message>
    <message>
        <source>%1 was scored with another rubric version than the round&apos;s %2 %3.</source>
        <translation>%1 使用的評分表版本與本梯次的 %2 %3 不同。</translation>
    </message>
    <message>
        <source>%1, sheet for application %2: %3</source>
        <translation>%1，申請案 %2 的評分表：%3</translation>
    </message>
    <message>
        <source>the return holds it twice</source>
        <translation>回傳中重複出現</translation>
    </message>
    <message>
        <source>it is not one of this reviewer&apos;s assignments</source>
        <translation>不是該委員獲指派的案件</translation>
    </message>
    <message>
        <source>the reviewer has a conflict of interest with it (%1)</source>
        <translation>該委員與此案有利益衝突（%1）</translation>
    </message>
    <message>
        <source>its data does not match its SHA-256</source>
        <translation>資料與其 SHA-256 不符</translation>
    </message>
    <message>
        <source>its data is for another application</source>
        <translation>資料屬於另一件申請案</translation>
    </message>
    <message>
        <source>the sheet is not complete</source>
        <translation>評分表尚未完成</translation>
    </message>
    <message>
        <source>%1 holds no score sheet.</source>
        <translation>%1 不含任何評分表。</translation>
    </message>
    <message>
        <source>%1 already sent a return for this round (imported %2); confirm to replace it. The earlier return is kept as history.</source>
        <translation>%1 已送過本梯次的評分回傳（匯入於 %2）；須確認後才會取代。先前的回傳會保留為歷史紀錄。</translation>
    </message>
    <message>
        <source>its printed sheet is not signed, but the member&apos;s certificate is registered</source>
        <translation>其評分表未簽章，但該委員已登錄憑證</translation>
    </message>
    <message>
        <source>the signature of its printed sheet is %1</source>
        <translation>其評分表的簽章：%1</translation>
    </message>
    <message>
        <source>its printed sheet is signed by %1 with certificate %2, not with the member&apos;s registered certificate %3</source>
        <translation>其評分表由 %1 以憑證 %2 簽章，而非該委員登錄的憑證 %3</translation>
    </message>
    <message>
        <source>its signed printed sheet is bound to other data than the sheet it comes with</source>
        <translation>已簽章的評分表所綁定的資料與隨附的評分資料不符</translation>
    </message>
    <message>
        <source>%1 carries no return number; it was made by an older ReviewDesk. Ask the member to export the return again.</source>
        <translation>%1 沒有回傳序號，是由舊版 ReviewDesk 製作的。請委員重新匯出評分回傳。</translation>
    </message>
    <message>
        <source>its printed sheet is not signed; the round requires signed sheets and no certificate is registered for the member</source>
        <translation>列印的評分表未簽章；本梯次要求簽章，且該委員尚未登錄憑證</translation>
    </message>
    <message>
        <source>its printed sheet is signed by %1: %2</source>
        <translation>列印的評分表由 %1 簽章：%2</translation>
    </message>
    <message>
        <source>it was signed on %1, before its package was exported on %2: the signer&apos;s clock was set back</source>
        <translation>簽章時間為 %1，早於審查包匯出的 %2：簽章者的時鐘被調回</translation>
    </message>
    <message>
        <source>it claims to be signed on %1, in the future</source>
        <translation>聲稱於 %1 簽章，為未來的時間</translation>
    </message>
    <message>
        <source>the certificate of %1 is not valid now (valid %2 to %3)</source>
        <translation>%1 的憑證目前無效（有效期間 %2 至 %3）</translation>
    </message>
    <message>
        <source>its data was made for return %1 of package %2, not for this return (%3 of %4): a sheet from another return cannot be reused</source>
        <translation>其資料是為套件 %2 的第 %1 次回傳所製作，而非此次回傳（套件 %4 的第 %3 次）：不可沿用其他回傳的評分表</translation>
    </message>
    <message>
        <source>%1 is return %2 of its package; the current return of %3 (number %4, imported %5) is newer. An older return cannot replace it.</source>
        <translation>%1 是其審查包的第 %2 次回傳；%3 的現行回傳（第 %4 次，匯入於 %5）較新。較舊的回傳不能取代它。</translation>
    </message>
    <message>
        <source>The new return of %1 leaves out the sheet(s) for application(s) %2 that the current return holds. Withdraw each of them with the reason, or ask the member for a complete return.</source>
        <translation>%1 的新回傳未包含現行回傳中申請案 %2 的評分表。請逐一撤回並附理由，或請委員寄回完整的回傳。</translation>
    </message>
    <message>
        <source>The round has signed sheets time-stamped. %1 Connect to the network and export the return again.</source>
        <translation>本梯次簽章之評分表須附時戳。%1 請連上網路後重新匯出評分回傳。</translation>
    </message>
    <message>
        <source>the round has signed sheets time-stamped by %1, and this one carries no time stamp</source>
        <translation>本梯次簽章之評分表須附 %1 之時戳，此份未附時戳</translation>
    </message>
    <message>
        <source>its time stamp does not hold: %1</source>
        <translation>其時戳不成立：%1</translation>
    </message>
    <message>
        <source>it claims to be signed on %1, after its time stamp of %2</source>
        <translation>其宣稱簽署於 %1，晚於其時戳 %2</translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Conflict declared</source>
        <translation>已聲明利益迴避</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>This sheet is locked: a conflict of interest was declared.</source>
        <translation>此評分表已鎖定：已聲明利益迴避。</translation>
    </message>
    <message>
        <source>The rubric %1 has no item &quot;%2&quot;.</source>
        <translation>評分表 %1 沒有項目「%2」。</translation>
    </message>
    <message>
        <source>%1 is marked, not scored.</source>
        <translation>「%1」為勾選項目，不評分數。</translation>
    </message>
    <message>
        <source>The score for %1 must be between 0 and %2.</source>
        <translation>「%1」的分數須介於 0 到 %2 之間。</translation>
    </message>
    <message>
        <source>The score for %1 may have at most one decimal place.</source>
        <translation>「%1」的分數最多一位小數。</translation>
    </message>
    <message>
        <source>%1 is marked pass or fail.</source>
        <translation>「%1」須勾選符合或不符合。</translation>
    </message>
    <message>
        <source>%1 is either set or not.</source>
        <translation>「%1」只能勾選或不勾選。</translation>
    </message>
    <message>
        <source>%1 is scored, not marked.</source>
        <translation>「%1」須評分數，不是勾選。</translation>
    </message>
    <message>
        <source>The rubric %1 has no recommendation &quot;%2&quot;.</source>
        <translation>評分表 %1 沒有建議結果「%2」。</translation>
    </message>
    <message>
        <source>A conflict of interest was declared; this sheet is not scored.</source>
        <translation>已聲明利益迴避；此評分表不予評分。</translation>
    </message>
    <message>
        <source>%1: no score yet.</source>
        <translation>%1：尚未評分。</translation>
    </message>
    <message>
        <source>%1: a comment (審查意見) is required.</source>
        <translation>%1：須填寫審查意見。</translation>
    </message>
    <message>
        <source>%1: not marked pass or fail yet.</source>
        <translation>%1：尚未勾選符合或不符合。</translation>
    </message>
    <message>
        <source>%1: say why it fails.</source>
        <translation>%1：請說明不符合的理由。</translation>
    </message>
    <message>
        <source>The overall comment is required.</source>
        <translation>須填寫綜合意見。</translation>
    </message>
    <message>
        <source>Choose a recommendation.</source>
        <translation>請選擇建議結果。</translation>
    </message>
    <message>
        <source>unknown sheet state &quot;%1&quot;</source>
        <translation>未知的評分表狀態「%1」</translation>
    </message>
    <message>
        <source>a sheet entry has no item or repeats one</source>
        <translation>評分表有項目缺少代碼或重複</translation>
    </message>
    <message>
        <source>the score of %1 is not a number</source>
        <translation>%1 的分數不是數字</translation>
    </message>
</context>
<context>
    <name>ScoreSheetEditor</name>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>勾選</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>審查意見</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建議結果</translation>
    </message>
    <message>
        <source>No score sheet is open.</source>
        <translation>尚未開啟評分表。</translation>
    </message>
</context>
<context>
    <name>ScoreSheetPrint</name>
    <message>
        <source>Score sheet</source>
        <translation>評分表</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>SHA-256 of the sheet data: %1</source>
        <translation>評分資料 SHA-256：%1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>審查梯次</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請單位</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>評分表版本</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>審查委員</translation>
    </message>
    <message>
        <source>Conflict of interest declared</source>
        <translation>已聲明利益迴避</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>評分項目</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>配分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>審查意見</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>檢核項目</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>註記</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>綜合意見</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建議結果</translation>
    </message>
    <message>
        <source>Sheet revision %1 · SHA-256 of the sheet data: %2</source>
        <translation>評分表修訂 %1 · 評分資料 SHA-256：%2</translation>
    </message>
    <message>
        <source>Reviewer&apos;s signature</source>
        <translation>委員簽章</translation>
    </message>
    <message>
        <source>%1 · not digitally signed</source>
        <translation>%1 · 未數位簽章</translation>
    </message>
    <message>
        <source>%1 · digitally signed</source>
        <translation>%1 · 已數位簽章</translation>
    </message>
</context>
<context>
    <name>ScoreSheetStore</name>
    <message>
        <source>application %1 does not exist</source>
        <translation>申請案 %1 不存在</translation>
    </message>
    <message>
        <source>score sheet %1 does not exist</source>
        <translation>評分表 %1 不存在</translation>
    </message>
    <message>
        <source>reviewer %1 is not assigned to application %2</source>
        <translation>委員 %1 未獲指派申請案 %2</translation>
    </message>
    <message>
        <source>This sheet is locked: a conflict of interest was declared.</source>
        <translation>此評分表已鎖定：已聲明利益迴避。</translation>
    </message>
    <message>
        <source>The sheet is not complete yet: %1</source>
        <translation>評分表尚未完成：%1</translation>
    </message>
    <message>
        <source>Say what the conflict of interest is.</source>
        <translation>請說明利益衝突的內容。</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>there is no application %1 in this workspace</source>
        <translation>此工作區沒有申請案 %1</translation>
    </message>
    <message>
        <source>Eligible (符合)</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>To supplement (限期補正)</source>
        <translation>限期補正</translation>
    </message>
    <message>
        <source>Not accepted (不予受理)</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Not screened yet (待審)</source>
        <translation>待審</translation>
    </message>
    <message>
        <source>screening (資格文件審查) has no outcome yet</source>
        <translation>資格文件審查尚無結果</translation>
    </message>
    <message>
        <source>to supplement (補正) by %1: %2</source>
        <translation>限 %1 前補正：%2</translation>
    </message>
    <message>
        <source>not supplemented by the deadline %1 (辦法第7條: 屆期未補正)</source>
        <translation>屆期未補正（期限 %1；辦法第 7 條）</translation>
    </message>
    <message>
        <source>the screening (資格文件審查) outcome of application %1 is damaged: &quot;%2&quot;</source>
        <translation>申請案 %1 的資格文件審查結果已損毀：「%2」</translation>
    </message>
    <message>
        <source>the application has error findings (%1): give the reason they are overridden to find it eligible (符合)</source>
        <translation>申請案有錯誤檢核結果（%1）：判定符合須說明排除理由</translation>
    </message>
    <message>
        <source>name what the applicant is to supplement or correct (補正)</source>
        <translation>請列出申請單位應補正的事項</translation>
    </message>
    <message>
        <source>the deadline to supplement (補正) must be a day after today</source>
        <translation>補正期限須為今天以後的日期</translation>
    </message>
    <message>
        <source>give the reason the application is not accepted (不予受理)</source>
        <translation>請說明不予受理的理由</translation>
    </message>
    <message>
        <source>only an application to supplement (限期補正) has a deadline to extend</source>
        <translation>只有限期補正中的申請案可延長期限</translation>
    </message>
    <message>
        <source>give the reason the deadline to supplement (補正) is extended</source>
        <translation>請說明延長補正期限的理由</translation>
    </message>
    <message>
        <source>the new deadline must be later than %1 and after today</source>
        <translation>新期限須晚於 %1 且在今天之後</translation>
    </message>
    <message>
        <source>found eligible (符合) by the secretariat</source>
        <translation>經執行單位審查為符合</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the review period starts when the application is found eligible (符合)</source>
        <translation>審查時程自申請案經審查為符合起算</translation>
    </message>
    <message>
        <source>the review period was already extended once (004 捌、二(一) allows one month, once)</source>
        <translation>審查時程已延長過一次（004 捌、二(一) 以延長 1 個月一次為限）</translation>
    </message>
    <message>
        <source>give the reason the review period is extended</source>
        <translation>請說明延長審查時程的理由</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>the recognised words of page %1 are damaged</source>
        <translation>第 %1 頁的 OCR 辨識字詞資料已損壞</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Certificate password</source>
        <translation>憑證密碼</translation>
    </message>
    <message>
        <source>Password or PIN for %1:</source>
        <translation>%1 的密碼或 PIN 碼：</translation>
    </message>
    <message>
        <source>Reading the certificate store…</source>
        <translation>正在讀取憑證庫…</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>數位簽章</translation>
    </message>
    <message>
        <source>Sign %1 with your certificate. The password or PIN is used for this signature only and is not kept.</source>
        <translation>以您的憑證簽署%1。密碼或 PIN 碼僅用於本次簽章，不會保存。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>%1 — issued by %2, valid until %3</source>
        <translation>%1 — %2 簽發，有效至 %3</translation>
    </message>
    <message>
        <source> (on %1)</source>
        <translation>（位於 %1）</translation>
    </message>
    <message>
        <source> — not valid now</source>
        <translation> — 目前無效</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation>不簽章</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>憑證(&amp;C)：</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>密碼或 PIN 碼</translation>
    </message>
    <message>
        <source>&amp;Password or PIN:</source>
        <translation>密碼或 PIN 碼(&amp;P)：</translation>
    </message>
    <message>
        <source>New certificate store</source>
        <translation>新憑證庫</translation>
    </message>
    <message>
        <source>Your certificate store is created now. Choose the password that will protect your private keys:</source>
        <translation>現在建立您的憑證庫。請設定保護私鑰的密碼：</translation>
    </message>
    <message>
        <source>Import a certificate and its key</source>
        <translation>匯入憑證與私鑰</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>%1 的密碼：</translation>
    </message>
    <message>
        <source>Password of your certificate store:</source>
        <translation>您的憑證庫密碼：</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>匯入中…</translation>
    </message>
    <message>
        <source>The certificate store (%1) holds no certificate with a private key. Import a PKCS#12 file, or register your card reader&apos;s PKCS#11 module with reviewdesk-cli certs module.</source>
        <translation>憑證庫（%1）中沒有附私鑰的憑證。請匯入 PKCS#12 檔，或以 reviewdesk-cli certs module 登錄讀卡機的 PKCS#11 模組。</translation>
    </message>
    <message>
        <source>&amp;Import PKCS#12…</source>
        <translation>匯入 PKCS#12(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a certificate and its key from a .p12 or .pfx file</source>
        <translation>自 .p12 或 .pfx 檔加入憑證與私鑰</translation>
    </message>
    <message>
        <source>The card reader&apos;s PKCS#11 module</source>
        <translation>讀卡機的 PKCS#11 模組</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.so.*)</source>
        <translation>PKCS#11 模組 (*.so *.so.*)</translation>
    </message>
    <message>
        <source>Registering the module…</source>
        <translation>正在登錄模組…</translation>
    </message>
    <message>
        <source>The module is registered. ReviewDesk reads the cards in that reader from its next start.</source>
        <translation>模組已登錄。ReviewDesk 下次啟動起即可讀取該讀卡機中的卡片。</translation>
    </message>
    <message>
        <source>Card &amp;reader…</source>
        <translation>讀卡機(&amp;R)…</translation>
    </message>
    <message>
        <source>Register your card reader&apos;s PKCS#11 module, for 自然人憑證 or 工商憑證 cards</source>
        <translation>登錄讀卡機的 PKCS#11 模組，以使用自然人憑證或工商憑證</translation>
    </message>
    <message>
        <source> — registered for %1</source>
        <translation> — 已登錄為%1之憑證</translation>
    </message>
    <message>
        <source>Registered for %1: the certificate with SHA-256 %2.</source>
        <translation>%1已登錄之憑證：SHA-256 %2。</translation>
    </message>
    <message>
        <source>%1 is not the certificate registered for %2 (SHA-256 %3…). A signature with it would be refused where it is checked; choose the registered certificate, or ask the secretariat to register this one.</source>
        <translation>%1 不是%2已登錄之憑證（SHA-256 %3…）。以此憑證簽章，查驗時將被拒絕；請選擇已登錄之憑證，或請秘書處登錄此憑證。</translation>
    </message>
</context>
<context>
    <name>SignedResults</name>
    <message>
        <source>The results are not final yet: finalise them before the chair signs.</source>
        <translation>結果尚未確定：請先確定結果，再由主席簽章。</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>無法建立暫存資料夾</translation>
    </message>
    <message>
        <source>The 評選總表 and minutes are signed by the chair: %1.</source>
        <translation>評選總表與會議紀錄須由主席簽章：%1。</translation>
    </message>
    <message>
        <source>The signed %1 (record %2)</source>
        <translation>已簽章的 %1（紀錄 %2）</translation>
    </message>
    <message>
        <source>The time stamp of %1 does not hold: %2</source>
        <translation>%1 核發的時戳不成立：%2</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未簽章</translation>
    </message>
    <message>
        <source>broken: the signed content was changed</source>
        <translation>已毀損：簽章內容遭修改</translation>
    </message>
    <message>
        <source>content was added after the signature</source>
        <translation>簽章後另有內容加入</translation>
    </message>
    <message>
        <source>issuer not trusted: unknown certificate authority</source>
        <translation>簽發者不受信任：未知的憑證機構</translation>
    </message>
    <message>
        <source>issuer marked untrusted</source>
        <translation>簽發者已被標示為不信任</translation>
    </message>
    <message>
        <source>certificate expired or not yet valid when it signed</source>
        <translation>簽章時憑證已過期或尚未生效</translation>
    </message>
    <message>
        <source>certificate revoked</source>
        <translation>憑證已廢止</translation>
    </message>
    <message>
        <source>cannot be verified</source>
        <translation>無法驗證</translation>
    </message>
    <message>
        <source>Cannot sign %1: %2</source>
        <translation>無法簽署 %1：%2</translation>
    </message>
    <message>
        <source>Poppler cannot open it</source>
        <translation>Poppler 無法開啟此檔</translation>
    </message>
    <message>
        <source>the certificate %1 cannot sign: wrong password or PIN, missing key, or the token is not present</source>
        <translation>憑證 %1 無法簽章：密碼或 PIN 碼錯誤、缺少私鑰，或載具未插入</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>the PDF has no classic cross-reference table to extend</source>
        <translation>此 PDF 沒有可延伸的傳統交互參照表</translation>
    </message>
    <message>
        <source>the PDF&apos;s trailer names no catalog</source>
        <translation>此 PDF 的 trailer 未指明目錄物件</translation>
    </message>
    <message>
        <source>the PDF&apos;s catalog cannot be found</source>
        <translation>找不到此 PDF 的目錄物件</translation>
    </message>
    <message>
        <source>the PDF already has a form</source>
        <translation>此 PDF 已有表單</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable certificate.</source>
        <translation>%1 不是可讀取的憑證。</translation>
    </message>
    <message>
        <source>The certificate %1 is not in the certificate store, or its token is not present or the PIN is wrong.</source>
        <translation>憑證 %1 不在憑證庫中，或其載具未插入、PIN 碼錯誤。</translation>
    </message>
    <message>
        <source>its digest is %1; SHA-256 or stronger is required</source>
        <translation>其摘要演算法為 %1；須為 SHA-256 或更強</translation>
    </message>
    <message>
        <source>its key is RSA %1 bits; at least 2048 bits are required</source>
        <translation>其金鑰為 RSA %1 位元；至少須 2048 位元</translation>
    </message>
    <message>
        <source>its key is EC %1 bits; at least P-256 is required</source>
        <translation>其金鑰為 EC %1 位元；至少須 P-256</translation>
    </message>
    <message>
        <source>its key type is %1; RSA or EC is required</source>
        <translation>其金鑰類型為 %1；須為 RSA 或 EC</translation>
    </message>
    <message>
        <source>too weak: key below RSA 2048 / EC P-256 or digest below SHA-256</source>
        <translation>強度不足：金鑰低於 RSA 2048 / EC P-256 或摘要低於 SHA-256</translation>
    </message>
    <message>
        <source>the token %1 is not present</source>
        <translation>找不到憑證載具 %1</translation>
    </message>
    <message>
        <source>the password or PIN is wrong</source>
        <translation>密碼或 PIN 碼錯誤</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>the workspace is damaged: row %1 of the table %2 holds “%3” as its %4, which ReviewDesk does not know</source>
        <translation>工作區已損壞：資料表 %2 第 %1 列的 %4 為「%3」，ReviewDesk 無法辨識</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>schema migration to version %1 failed: %2</source>
        <translation>資料庫結構升級至第 %1 版失敗：%2</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>資料庫錯誤：%1</translation>
    </message>
    <message>
        <source>no transaction is open</source>
        <translation>沒有進行中的交易</translation>
    </message>
</context>
<context>
    <name>SupplementNotice</name>
    <message>
        <source>Under Article 7 of the Ministry of Digital Affairs&apos; regulations on subsidies for industrial innovation (數位發展部協助產業創新活動補助獎勵及輔導辦法 第7條), an application whose documents are incomplete or whose content is not complete is notified to supplement or correct it (限期補正) within a set time; if it is not supplemented by then, or is still incomplete afterwards, it is not accepted (不予受理).</source>
        <translation>依據數位發展部協助產業創新活動補助獎勵及輔導辦法第 7 條，申請企業提出之計畫書內容或文件資料，有文件不全或內容不完備者，得通知限期補正；有不得補正、屆期未補正或補正後仍不完備者之情形者，不予受理。</translation>
    </message>
    <message>
        <source>Notice to supplement (補正通知)</source>
        <translation>補正通知</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>梯次</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請單位</translation>
    </message>
    <message>
        <source>Business ID (統一編號)</source>
        <translation>統一編號</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>計畫名稱</translation>
    </message>
    <message>
        <source>Dossier version</source>
        <translation>申請資料版本</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>發文日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>補正期限</translation>
    </message>
    <message>
        <source>What to supplement or correct</source>
        <translation>應補正事項</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Please upload the supplemented dossier, with the same business ID (統一編號) and proposal title, by %1. It is reviewed again in full.</source>
        <translation>請於 %1 前上傳補正後之申請資料（統一編號與計畫名稱不變），將重新完整審查。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>No application of round &quot;%1&quot; is to supplement (限期補正) now.</source>
        <translation>梯次「%1」目前沒有限期補正中的申請案。</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>the text is neither UTF-8 nor Big5/CP950</source>
        <translation>文字編碼既非 UTF-8 也非 Big5/CP950</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>「%1」不是金額</translation>
    </message>
    <message>
        <source>“%1” is not an amount between -1,000,000,000 and 1,000,000,000</source>
        <translation>「%1」不是介於 -1,000,000,000 與 1,000,000,000 之間的金額</translation>
    </message>
    <message>
        <source>“%1” is not a file name inside %2; nothing was written</source>
        <translation>「%1」不是 %2 中的檔名；未寫入任何檔案</translation>
    </message>
</context>
<context>
    <name>TextMatches</name>
    <message>
        <source>the comparison %1 is no longer stored; the round&apos;s proposals were compared again since</source>
        <translation>比對結果 %1 已不存在；本梯次計畫書其後已重新比對</translation>
    </message>
</context>
<context>
    <name>TimeStamp</name>
    <message>
        <source>%1 is not the address of a time-stamping service (http or https).</source>
        <translation>%1 不是時戳服務的位址（須為 http 或 https）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The time-stamping service %1 did not answer: %2</source>
        <translation>時戳服務 %1 未回應：%2</translation>
    </message>
    <message>
        <source>The time-stamping service %1 answered with something that is not a time stamp.</source>
        <translation>時戳服務 %1 的回應不是時戳。</translation>
    </message>
    <message>
        <source>The time-stamping service %1 refused to stamp (status %2).</source>
        <translation>時戳服務 %1 拒絕核發時戳（狀態 %2）。</translation>
    </message>
    <message>
        <source>The time-stamping service %1 stamped something other than what was asked.</source>
        <translation>時戳服務 %1 核發的時戳與請求的內容不符。</translation>
    </message>
    <message>
        <source>the time stamp is not an RFC 3161 token</source>
        <translation>時戳不是 RFC 3161 時戳</translation>
    </message>
    <message>
        <source>the time stamp is for other bytes</source>
        <translation>時戳對應的是其他內容</translation>
    </message>
    <message>
        <source>the time stamp&apos;s signature cannot be read</source>
        <translation>無法讀取時戳的簽章</translation>
    </message>
    <message>
        <source>the time stamp does not carry the authority&apos;s certificate</source>
        <translation>時戳未附時戳機構的憑證</translation>
    </message>
    <message>
        <source>the time stamp is signed with a digest below SHA-256</source>
        <translation>時戳的簽章摘要演算法低於 SHA-256</translation>
    </message>
    <message>
        <source>the time stamp&apos;s signature does not verify</source>
        <translation>時戳的簽章驗證不符</translation>
    </message>
    <message>
        <source>%1 is not a time-stamping authority&apos;s certificate</source>
        <translation>%1 不是時戳機構的憑證</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate was not valid at the stamped time</source>
        <translation>時戳機構的憑證於時戳時間不在有效期間內</translation>
    </message>
    <message>
        <source>the time-stamping authority %1 is not issued by an authority this store trusts</source>
        <translation>時戳機構 %1 的憑證並非由本憑證庫信任的憑證機構所簽發</translation>
    </message>
    <message>
        <source>the certificate store is not open</source>
        <translation>憑證庫尚未開啟</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>無法開啟 %1：%2</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 已存在且不是資料夾</translation>
    </message>
    <message>
        <source>%1 is already a ReviewDesk workspace</source>
        <translation>%1 已經是 ReviewDesk 工作區</translation>
    </message>
    <message>
        <source>%1 is not empty; a new workspace needs an empty folder</source>
        <translation>%1 不是空資料夾；新工作區需要空資料夾</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <source>%1 is in use by another ReviewDesk</source>
        <translation>%1 正由另一個 ReviewDesk 使用中</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是資料夾</translation>
    </message>
    <message>
        <source>%1 is not a ReviewDesk workspace: it has no %2</source>
        <translation>%1 不是 ReviewDesk 工作區：缺少 %2</translation>
    </message>
    <message>
        <source>%1 is open in another ReviewDesk (process %2 on %3); close it there first</source>
        <translation>%1 已在另一個 ReviewDesk 開啟（%3 上的程序 %2）；請先在該處關閉</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a database (%2)</source>
        <translation>%1 已損毀或不是資料庫（%2）</translation>
    </message>
    <message>
        <source>%1 is not a ReviewDesk workspace database</source>
        <translation>%1 不是 ReviewDesk 工作區資料庫</translation>
    </message>
    <message>
        <source>%1 was written by a newer ReviewDesk (schema version %2; this version reads up to %3). Update ReviewDesk to open it.</source>
        <translation>%1 由較新版的 ReviewDesk 寫入（結構版本 %2；本版最多讀取 %3）。請更新 ReviewDesk 後再開啟。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已損毀：%2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>row %1 lies far beyond the rows before it</source>
        <translation>第 %1 列遠超出前面的列</translation>
    </message>
    <message>
        <source>%1 is not a readable XLSX workbook: %2</source>
        <translation>%1 不是可讀取的 XLSX 活頁簿：%2</translation>
    </message>
    <message>
        <source>%1: the worksheet part %2 is missing</source>
        <translation>%1：缺少工作表 %2</translation>
    </message>
    <message>
        <source>%1 has no worksheet</source>
        <translation>%1 沒有工作表</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation>儲存格 %1：%2</translation>
    </message>
    <message>
        <source>a formula without its computed value (open and save the workbook in a spreadsheet program)</source>
        <translation>公式沒有計算結果（請以試算表軟體開啟並儲存活頁簿）</translation>
    </message>
    <message>
        <source>a true/false value where text or an amount belongs</source>
        <translation>應為文字或金額之處為是非值</translation>
    </message>
    <message>
        <source>an error value (%1)</source>
        <translation>錯誤值（%1）</translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation>共用字串 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is password-protected or an old .xls workbook; save it as an unprotected .xlsx</source>
        <translation>%1 受密碼保護或為舊式 .xls 活頁簿；請另存為未加密的 .xlsx</translation>
    </message>
    <message>
        <source>%1, sheet “%2”: %3</source>
        <translation>%1，工作表「%2」：%3</translation>
    </message>
    <message>
        <source>%1: the shared strings are damaged (line %2: %3)</source>
        <translation>%1：共用字串已損壞（第 %2 行：%3）</translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s relationships are damaged (%2)</source>
        <translation>%1：活頁簿的關聯資料已損壞（%2）</translation>
    </message>
    <message>
        <source>%1: the list of worksheets is damaged (%2)</source>
        <translation>%1：工作表清單已損壞（%2）</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>cannot create %1</source>
        <translation>無法建立 %1</translation>
    </message>
    <message>
        <source>cannot add the worksheet “%1”</source>
        <translation>無法新增工作表「%1」</translation>
    </message>
    <message>
        <source>cannot add a cell format</source>
        <translation>無法新增儲存格格式</translation>
    </message>
    <message>
        <source>no worksheet</source>
        <translation>沒有工作表</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>第 %1 列第 %2 欄</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 欄</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>無法建立檔案</translation>
    </message>
    <message>
        <source>the archive is not open</source>
        <translation>壓縮檔尚未開啟</translation>
    </message>
    <message>
        <source>the entry “%1” cannot be added (minizip error %2)</source>
        <translation>無法加入項目「%1」（minizip 錯誤 %2）</translation>
    </message>
    <message>
        <source>minizip error %1 (is the disk full?)</source>
        <translation>minizip 錯誤 %1（磁碟是否已滿？）</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>無法讀取「%1」：%2</translation>
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
        <translation>介面語言：zh_TW 或 en。</translation>
    </message>
    <message>
        <source>Open a round archive read-only and verify it (auditor mode).</source>
        <translation>以唯讀方式開啟梯次封存檔並驗證（稽核模式）。</translation>
    </message>
    <message>
        <source>Workspace folder, reviewer package (.rdpkg), score return (.rdret) or round archive (.rdarc) to open.</source>
        <translation>要開啟的工作區資料夾、審查資料包（.rdpkg）、評分回傳（.rdret）或梯次封存檔（.rdarc）。</translation>
    </message>
</context>
<context>
    <name>rd::ApplicationList</name>
    <message>
        <source>Intake status filter</source>
        <translation>資格文件審查狀態篩選</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>提案類別篩選</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有提案類別</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>嚴重度篩選</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>所有嚴重度</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>有錯誤</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>僅有警示</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>無檢核結果</translation>
    </message>
    <message>
        <source>Filter applications</source>
        <translation>篩選申請案</translation>
    </message>
    <message>
        <source>Filter by 統一編號, applicant or title</source>
        <translation>依統一編號、申請單位或計畫名稱篩選</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申請案</translation>
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
        <translation>申請單位</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>提案類別</translation>
    </message>
    <message>
        <source>Subsidy (NT$ thousand)</source>
        <translation>申請補助款（千元）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件數</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Intake status</source>
        <translation>檢核狀態</translation>
    </message>
    <message>
        <source>%1 (errors: %2, warnings: %3)</source>
        <translation>%1（錯誤 %2、警示 %3）</translation>
    </message>
    <message>
        <source>Your score sheet</source>
        <translation>我的評分</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <translation>%1 · 期限 %2</translation>
    </message>
    <message>
        <source>Screening (資格文件審查)</source>
        <translation>資格文件審查</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n day(s) left</source>
        <translation>
            <numerusform>%1 · 審查時程尚餘 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ApplicationPage</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Application sections</source>
        <translation>申請案內容分頁</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請單位</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>Budget table</source>
        <translation>計畫總經費預算表</translation>
    </message>
    <message>
        <source>NT$ thousand (千元). Coloured cells carry a finding; hover for the rule and its source.</source>
        <translation>單位：新臺幣千元。有底色的儲存格有檢核結果；游標停留可看規則與依據。</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>經費</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>To be hired</source>
        <translation>待聘</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>資安人員</translation>
    </message>
    <message>
        <source>Person-months</source>
        <translation>投入人月</translation>
    </message>
    <message>
        <source>Project staff</source>
        <translation>計畫人員</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>計畫人員</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>統一編號</source>
        <translation>統一編號</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>City</source>
        <translation>縣市</translation>
    </message>
    <message>
        <source>Intended organisations</source>
        <translation>意向產業或組織</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Recusal requests</source>
        <translation>建議迴避人員</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Findings of this application</source>
        <translation>本案檢核結果</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>檢核結果</translation>
    </message>
    <message>
        <source>No application selected</source>
        <translation>尚未選取申請案</translation>
    </message>
    <message>
        <source>Total %1 thousand: subsidy %2 (%3%), self-funded %4, security %5 (%6%).</source>
        <translation>總經費 %1 千元：補助款 %2（%3%）、自籌款 %4、資安經費 %5（%6%）。</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>檢核結果（%1）</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>設立日期</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>員工人數</translation>
    </message>
    <message>
        <source>Paid-in capital (thousand)</source>
        <translation>實收資本額（千元）</translation>
    </message>
    <message>
        <source>Revenue (thousand)</source>
        <translation>營業額（千元）</translation>
    </message>
    <message>
        <source>Industry code</source>
        <translation>行業代碼</translation>
    </message>
    <message>
        <source>Net worth (thousand)</source>
        <translation>公司淨值（千元）</translation>
    </message>
    <message>
        <source>Mainland Chinese capital</source>
        <translation>陸資企業</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>分公司</translation>
    </message>
    <message>
        <source>Bank-rejected</source>
        <translation>銀行拒絕往來戶</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>提案類別</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>計畫期程</translation>
    </message>
    <message>
        <source>Principal investigator</source>
        <translation>計畫主持人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>推動家數 (KPI)</source>
        <translation>推動家數</translation>
    </message>
    <message>
        <source>%1 (臺灣雲市集: %2, price %3 thousand, %4 organisations)</source>
        <translation>%1（臺灣雲市集：%2，定價 %3 千元，%4 家）</translation>
    </message>
    <message>
        <source>Cloud solutions</source>
        <translation>雲端方案</translation>
    </message>
    <message>
        <source>Intake status: %1 — errors: %2, warnings: %3. Imported from %4.</source>
        <translation>資格文件審查：%1 — 錯誤 %2 項、警示 %3 項。匯入自 %4。</translation>
    </message>
    <message>
        <source>Proposal title</source>
        <translation>計畫名稱</translation>
    </message>
</context>
<context>
    <name>rd::AuditTrailModel</name>
    <message>
        <source>Secretariat</source>
        <translation>秘書處</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>審查委員</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>稽核人員</translation>
    </message>
    <message>
        <source>SHA-256 %1
after %2</source>
        <translation>SHA-256 %1
前一筆 %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>rd::AuditTrailView</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>類別(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>事件類別</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>尋找(&amp;F)：</translation>
    </message>
    <message>
        <source>who, what, which application…</source>
        <translation>人員、事件、申請案…</translation>
    </message>
    <message>
        <source>Find in the audit trail</source>
        <translation>在稽核軌跡中尋找</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n events; the hash chain is intact.</source>
        <translation>
            <numerusform>共 %n 筆事件；雜湊鏈完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>The hash chain is broken: %1</source>
        <translation>雜湊鏈斷裂：%1</translation>
    </message>
</context>
<context>
    <name>rd::AuditorWindow</name>
    <message>
        <source>%1 — Audit (read-only) — ReviewDesk</source>
        <translation>%1 — 稽核（唯讀）— ReviewDesk</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>稽核</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>重新驗證(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save report as PDF…</source>
        <translation>報告另存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>結果說明</translation>
    </message>
    <message>
        <source>Verification report</source>
        <translation>查核報告</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽核軌跡</translation>
    </message>
    <message>
        <source>Read-only: nothing in an archive can be changed here.</source>
        <translation>唯讀：此處無法變更封存檔的任何內容。</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>正在驗證 %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything verifies.&lt;/b&gt; %1 — %2: %3 checks passed.</source>
        <translation>&lt;b&gt;全部驗證通過。&lt;/b&gt;%1 — %2：%3 項檢查通過。</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>未通過</translation>
    </message>
    <message>
        <source>%1 of %2 failed</source>
        <translation>%2 項中 %1 項未通過</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n 項通過</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the verification report</source>
        <translation>儲存查核報告</translation>
    </message>
    <message>
        <source>-verification.pdf</source>
        <translation>-查核報告.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:%5&apos;&gt;%1 of %2 checks failed.&lt;/b&gt; %3 — %4</source>
        <translation>&lt;b style=&apos;color:%5&apos;&gt;%2 項檢查中有 %1 項未通過。&lt;/b&gt;%3 — %4</translation>
    </message>
</context>
<context>
    <name>rd::BudgetTableModel</name>
    <message>
        <source>計畫總經費 (as stated)</source>
        <translation>計畫總經費（申請書所載）</translation>
    </message>
    <message>
        <source>計畫總經費 (sum of items)</source>
        <translation>計畫總經費（各科目加總）</translation>
    </message>
    <message>
        <source>Security budget: %1% of the total (rounded to one decimal)</source>
        <translation>資安經費占總經費 %1%（四捨五入至小數點第 1 位）</translation>
    </message>
    <message>
        <source>Accounting item</source>
        <translation>會計科目</translation>
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
        <translation>合計</translation>
    </message>
    <message>
        <source>資安經費</source>
        <translation>資安經費</translation>
    </message>
    <message>
        <source>Share of total</source>
        <translation>占總經費</translation>
    </message>
</context>
<context>
    <name>rd::CommitteeDialog</name>
    <message>
        <source>Committee and assignment</source>
        <translation>審查委員與指派</translation>
    </message>
    <message>
        <source>Committee members (委員)</source>
        <translation>審查委員</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>職稱</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>身分</translation>
    </message>
    <message>
        <source>Declared ties</source>
        <translation>自行申報關係</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>指派件數</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>審查委員</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>新增委員…</translation>
    </message>
    <message>
        <source>Who reviews which application</source>
        <translation>各申請案的審查委員</translation>
    </message>
    <message>
        <source>統一編號</source>
        <translation>統一編號</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請單位</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>計畫</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>審查委員</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Reviewers per application</source>
        <translation>每案委員人數</translation>
    </message>
    <message>
        <source>Assign automatically</source>
        <translation>自動指派</translation>
    </message>
    <message>
        <source>Gives every application this many members: balanced load, never a conflicted pair. Existing assignments are kept.</source>
        <translation>讓每件申請案都有此人數的委員：平均分配工作量，絕不指派有利益衝突者。既有指派保留。</translation>
    </message>
    <message>
        <source>Assign a member to the selected application…</source>
        <translation>為選取的申請案指派委員…</translation>
    </message>
    <message>
        <source>Reviewers per application:</source>
        <translation>每案委員人數：</translation>
    </message>
    <message>
        <source>External expert</source>
        <translation>外部專家</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>內部委員</translation>
    </message>
    <message>
        <source>Add a committee member</source>
        <translation>新增審查委員</translation>
    </message>
    <message>
        <source>Internal member (not an external expert)</source>
        <translation>內部委員（非外部專家）</translation>
    </message>
    <message>
        <source>Organisations the member has ties with, separated by commas</source>
        <translation>與委員有關係的機構，以逗號分隔</translation>
    </message>
    <message>
        <source>Their 統一編號, separated by commas</source>
        <translation>其統一編號，以逗號分隔</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Declared 統一編號</source>
        <translation>申報之統一編號</translation>
    </message>
    <message>
        <source>%1 assignments added; none pairs a member with an application they have a conflict with.</source>
        <translation>已新增 %1 筆指派；沒有任何一筆讓委員審查與其有利益衝突的案件。</translation>
    </message>
    <message>
        <source>%1 applications could not get %2 members without a conflict.</source>
        <translation>有 %1 件申請案無法指派到 %2 位無利益衝突的委員。</translation>
    </message>
    <message>
        <source>Select an application first.</source>
        <translation>請先選取申請案。</translation>
    </message>
    <message>
        <source>Member to assign:</source>
        <translation>要指派的委員：</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>利益衝突</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>利益衝突</translation>
    </message>
    <message>
        <source>%1 declared a conflict: %2</source>
        <translation>%1 自行聲明利益迴避：%2</translation>
    </message>
    <message>
        <source>Signing certificate (SHA-256)</source>
        <translation>簽章憑證（SHA-256）</translation>
    </message>
    <message>
        <source>Register the selected member&apos;s certificate…</source>
        <translation>登錄所選委員的憑證…</translation>
    </message>
    <message>
        <source>Returns from this member must then be signed with exactly this certificate</source>
        <translation>此後該委員的評分回傳須以此憑證簽章</translation>
    </message>
    <message>
        <source>Select a committee member first.</source>
        <translation>請先選擇一位委員。</translation>
    </message>
    <message>
        <source>%1&apos;s certificate (cancel to type its fingerprint)</source>
        <translation>%1 的憑證（取消則改為輸入指紋）</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.cer *.pem *.der)</source>
        <translation>憑證 (*.crt *.cer *.pem *.der)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of %1&apos;s signing certificate:</source>
        <translation>%1 簽章憑證的 SHA-256 指紋：</translation>
    </message>
    <message>
        <source>“%1” is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>「%1」不是 SHA-256 指紋（64 位十六進位數字）。</translation>
    </message>
    <message>
        <source>Register a secretariat certificate…</source>
        <translation>登錄秘書處憑證…</translation>
    </message>
    <message>
        <source>The round&apos;s archive certificate (封存證明) must be signed with a registered secretariat certificate</source>
        <translation>本梯次之封存證明須以已登錄之秘書處憑證簽章</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1（SHA-256 %2…）</translation>
    </message>
    <message>
        <source>Secretariat certificates (秘書處): none registered yet.</source>
        <translation>秘書處憑證：尚未登錄。</translation>
    </message>
    <message>
        <source>Secretariat certificates (秘書處): %1</source>
        <translation>秘書處憑證：%1</translation>
    </message>
    <message>
        <source>Who signs for the secretariat (name and office):</source>
        <translation>代表秘書處簽章者（姓名與單位）：</translation>
    </message>
    <message>
        <source>&amp;Time-stamping service (RFC 3161):</source>
        <translation>時戳服務（RFC 3161）(&amp;T)：</translation>
    </message>
    <message>
        <source>none: signing times are the signers&apos; clocks, bounded by the trail</source>
        <translation>未設定：簽署時間以簽署者電腦時鐘為準，並受稽核軌跡限制</translation>
    </message>
    <message>
        <source>An http or https address. Signed 評分表 and the chair&apos;s documents must then carry this service&apos;s time stamp, and its time is the signing time.</source>
        <translation>http 或 https 位址。設定後，簽章之評分表與主席文件須附此服務之時戳，並以時戳時間為簽署時間。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Save the time-stamping service</source>
        <translation>儲存時戳服務</translation>
    </message>
    <message>
        <source>The round has no time-stamping service.</source>
        <translation>本梯次未設定時戳服務。</translation>
    </message>
    <message>
        <source>Signed sheets and the chair&apos;s documents must now carry time stamps by %1. Packages exported from now on tell the members; export again any package already sent.</source>
        <translation>自即日起，簽章之評分表與主席文件須附 %1 之時戳。此後匯出的審查資料包會告知委員；已寄出的資料包請重新匯出。</translation>
    </message>
    <message>
        <source>Show members by code on the consensus sheet (評選總表), with a separate key</source>
        <translation>評選總表以代號列出委員，另附代號對照表</translation>
    </message>
    <message>
        <source>Review rules (審議規則) article 6-1: the sheet names members as Member A, B, C…; Publish → Member key writes the key for the secretariat&apos;s file</source>
        <translation>審議規則 第6條之1：總表以委員 A、B、C… 列出；發布 → 委員代號對照表 產出供秘書處存檔之對照表</translation>
    </message>
    <message>
        <source>%1 not assigned: %2</source>
        <translation>%1 未指派：%2</translation>
    </message>
    <message>
        <source>%1 assigned despite %2 (reason: %3)</source>
        <translation>%1 雖有 %2 仍指派（理由：%3）</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with this application: %2

To assign them anyway, give the reason; it is recorded with the assignment.</source>
        <translation>%1 與本申請案有利益衝突：%2

若仍要指派，請填寫理由；理由將與指派一併記錄。</translation>
    </message>
    <message>
        <source>The reason is missing.</source>
        <translation>尚未填寫理由。</translation>
    </message>
</context>
<context>
    <name>rd::ConsensusBoardModel</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>統一編號</source>
        <translation>統一編號</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請單位</translation>
    </message>
    <message>
        <source>Requested subsidy, NT$ thousand</source>
        <translation>申請補助款，新臺幣千元</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請補助款</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>評分表數</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <source>Sample standard deviation</source>
        <translation>樣本標準差</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>標準差</translation>
    </message>
    <message>
        <source>Without the highest and the lowest, from five sheets on</source>
        <translation>五份以上評分表時，去除最高及最低分</translation>
    </message>
    <message>
        <source>Trimmed</source>
        <translation>截尾平均</translation>
    </message>
    <message>
        <source>Mean of the members&apos; z-scores, beside the raw figures</source>
        <translation>委員標準化分數（z 分數）之平均，與原始分數並列</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Rank sum</source>
        <translation>序位和</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1：%2 → %3（%4）</translation>
    </message>
    <message>
        <source>%1 open of %2</source>
        <translation>%2 項中 %1 項待處置</translation>
    </message>
    <message>
        <source>%1 handled</source>
        <translation>%1 項已處置</translation>
    </message>
</context>
<context>
    <name>rd::ConsensusWindow</name>
    <message>
        <source>Consensus board (共識會議)</source>
        <translation>共識會議看板</translation>
    </message>
    <message>
        <source>Consensus board</source>
        <translation>共識會議看板</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>總分</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>各評分項目</translation>
    </message>
    <message>
        <source>Leniency</source>
        <translation>寬嚴</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>全梯次</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>出席(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>會議模式(&amp;M)</translation>
    </message>
    <message>
        <source>Full screen for the projector, from the selected application (F5)</source>
        <translation>自所選申請案起以全螢幕投影（F5）</translation>
    </message>
    <message>
        <source>&amp;Finalise results</source>
        <translation>確定結果(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>重新開啟(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>發布(&amp;P)</translation>
    </message>
    <message>
        <source>Consensus sheet (總表) as PDF…</source>
        <translation>評選總表 PDF…</translation>
    </message>
    <message>
        <source>Consensus sheet</source>
        <translation>評選總表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>consensus-sheet.pdf</source>
        <translation>評選總表.pdf</translation>
    </message>
    <message>
        <source>Consensus sheet as XLSX…</source>
        <translation>評選總表 XLSX…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>consensus-sheet.xlsx</source>
        <translation>評選總表.xlsx</translation>
    </message>
    <message>
        <source>Consensus sheet as CSV…</source>
        <translation>評選總表 CSV…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>consensus-sheet.csv</source>
        <translation>評選總表.csv</translation>
    </message>
    <message>
        <source>Minutes (會議紀錄) as PDF…</source>
        <translation>會議紀錄 PDF…</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>會議紀錄</translation>
    </message>
    <message>
        <source>minutes.pdf</source>
        <translation>會議紀錄.pdf</translation>
    </message>
    <message>
        <source>Compiled comments (審查意見彙整) of the selected applicant…</source>
        <translation>所選申請單位之審查意見彙整…</translation>
    </message>
    <message>
        <source>Compiled comments</source>
        <translation>審查意見彙整</translation>
    </message>
    <message>
        <source>comments-%1.pdf</source>
        <translation>審查意見彙整-%1.pdf</translation>
    </message>
    <message>
        <source>The results are final (SHA-256 %1).</source>
        <translation>結果已確定（SHA-256 %1）。</translation>
    </message>
    <message>
        <source>Ready to finalise.</source>
        <translation>可確定結果。</translation>
    </message>
    <message>
        <source>Before the results can be final: %1</source>
        <translation>確定結果前尚須：%1</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation>（另有 %1 項）</translation>
    </message>
    <message>
        <source>Reopened: %1. </source>
        <translation>已重新開啟：%1。</translation>
    </message>
    <message>
        <source>%1 of %2 members present. </source>
        <translation>委員 %2 人中出席 %1 人。</translation>
    </message>
    <message>
        <source>Finalise results</source>
        <translation>確定結果</translation>
    </message>
    <message>
        <source>Make the round&apos;s results final? Changing them afterwards needs reopening, with a reason that stays on the record.</source>
        <translation>確定本梯次結果？確定後如需變更，須敘明理由重新開啟，理由將留存紀錄。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <source>&amp;Sign the final 總表 and minutes (chair)…</source>
        <translation>主席簽署確定之總表與會議紀錄(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign the results</source>
        <translation>簽署結果</translation>
    </message>
    <message>
        <source>The chair signs final results: finalise them first (確定結果).</source>
        <translation>主席簽署的是確定後的結果：請先確定結果。</translation>
    </message>
    <message>
        <source>the 評選總表 and the minutes as the chair</source>
        <translation>評選總表與會議紀錄（主席）</translation>
    </message>
    <message>
        <source>Signing the 總表 and the minutes…</source>
        <translation>正在簽署總表與會議紀錄…</translation>
    </message>
    <message>
        <source>The signed documents are kept in the workspace. Save copies to a folder as well?</source>
        <translation>已簽章文件保存在工作區中。是否另存副本至資料夾？</translation>
    </message>
    <message>
        <source>minutes-signed.pdf</source>
        <translation>會議紀錄-已簽章.pdf</translation>
    </message>
    <message>
        <source>consensus-sheet-signed.pdf</source>
        <translation>評選總表-已簽章.pdf</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>Signed by %1; copies in %2</source>
        <translation>已由 %1 簽章；副本在 %2</translation>
    </message>
    <message>
        <source>No certificate is registered for the chair (召集人): register the chair&apos;s certificate in Committee and assignment before signing, or the signature is refused.</source>
        <translation>召集人尚未登錄憑證：請先於「審查委員與指派」登錄召集人之憑證再簽署，否則簽章將被拒絕。</translation>
    </message>
    <message>
        <source>Applications not found eligible in screening (資格文件審查)</source>
        <translation>資格文件審查未符合之申請案</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請單位</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>審查結果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not eligible (資格文件審查): %1</source>
        <translation>資格文件審查未符合：%1 件</translation>
    </message>
    <message>
        <source>Result letters (函復結果) of every applicant…</source>
        <translation>各申請單位的函復結果…</translation>
    </message>
    <message>
        <source>Choose the folder for the result letters</source>
        <translation>選擇函復結果的存放資料夾</translation>
    </message>
    <message>
        <source>Writing the result letters…</source>
        <translation>正在產生函復結果…</translation>
    </message>
    <message>
        <source>Result letters</source>
        <translation>函復結果</translation>
    </message>
    <message numerus="yes">
        <source>%n result letter(s) written to %1.</source>
        <translation>
            <numerusform>已將 %n 份函復結果寫入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Member key</source>
        <translation>委員代號對照表</translation>
    </message>
    <message>
        <source>member-key.pdf</source>
        <translation>委員代號對照表.pdf</translation>
    </message>
    <message>
        <source>Member key (代號對照表) of a coded consensus sheet as PDF…</source>
        <translation>代號總表之委員代號對照表（PDF）…</translation>
    </message>
    <message>
        <source>Consensus meeting</source>
        <translation>共識會議</translation>
    </message>
    <message>
        <source>The change is stored, but the round could not be read again; the board shows it as before the change.

%1</source>
        <translation>變更已儲存，但無法重新讀取本梯次；總覽仍顯示變更前的狀態。

%1</translation>
    </message>
    <message>
        <source>The results cannot be final yet:</source>
        <translation>結果尚無法確定：</translation>
    </message>
</context>
<context>
    <name>rd::Desk</name>
    <message>
        <source>Application</source>
        <translation>申請案</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>全文檢索</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>審查梯次(&amp;R)</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>稽核軌跡(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Search all pages</source>
        <translation>全文檢索(&amp;S)</translation>
    </message>
    <message>
        <source>Applications: %1 · ineligible: %2 · errors: %3 · warnings: %4</source>
        <translation>申請案 %1 件 · 資格不符 %2 件 · 錯誤 %3 項 · 警示 %4 項</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>無法顯示 %1：%2</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>正在讀取稽核軌跡…</translation>
    </message>
    <message>
        <source>Audit trail — %1</source>
        <translation>稽核軌跡 — %1</translation>
    </message>
</context>
<context>
    <name>rd::DocumentListModel</name>
    <message>
        <source>Readable</source>
        <translation>可讀取</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>無法讀取：%1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Scanned · OCR %1 of %2 pages</source>
        <translation>掃描檔 · OCR %1／%2 頁</translation>
    </message>
    <message>
        <source>Scanned · text by OCR</source>
        <translation>掃描檔 · 文字經 OCR 辨識</translation>
    </message>
</context>
<context>
    <name>rd::FindingListModel</name>
    <message>
        <source>Severity</source>
        <translation>嚴重度</translation>
    </message>
    <message>
        <source>統一編號</source>
        <translation>統一編號</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請單位</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>檢核結果</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依據</translation>
    </message>
</context>
<context>
    <name>rd::FindingsPanel</name>
    <message>
        <source>Severity filter</source>
        <translation>嚴重度篩選</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>所有嚴重度</translation>
    </message>
    <message>
        <source>Rule filter</source>
        <translation>規則篩選</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>所有規則</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Findings of the round</source>
        <translation>本梯次檢核結果</translation>
    </message>
    <message>
        <source>%1 of %2 findings</source>
        <translation>%1／%2 項檢核結果</translation>
    </message>
</context>
<context>
    <name>rd::ImportDialog</name>
    <message>
        <source>Import dossiers</source>
        <translation>匯入申請資料</translation>
    </message>
    <message>
        <source>Chosen folders and ZIP files</source>
        <translation>已選擇的資料夾與 ZIP 檔</translation>
    </message>
    <message>
        <source>Add &amp;folders…</source>
        <translation>加入資料夾(&amp;F)…</translation>
    </message>
    <message>
        <source>Add &amp;ZIP files…</source>
        <translation>加入 ZIP 檔(&amp;Z)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>匯入進度</translation>
    </message>
    <message>
        <source>Same answer for the rest</source>
        <translation>其餘案件比照辦理</translation>
    </message>
    <message>
        <source>&amp;Keep existing</source>
        <translation>保留既有(&amp;K)</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>匯入結果</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>申請資料</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消匯入(&amp;C)</translation>
    </message>
    <message>
        <source>Cancelling… the dossier being written is rolled back.</source>
        <translation>取消中…正在寫入的申請資料將完整復原。</translation>
    </message>
    <message>
        <source>Choose a dossier folder or a folder of dossiers</source>
        <translation>選擇申請資料夾，或內含多件申請資料的資料夾</translation>
    </message>
    <message>
        <source>Choose dossier ZIP files</source>
        <translation>選擇申請資料 ZIP 檔</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 壓縮檔 (*.zip)</translation>
    </message>
    <message>
        <source>Reading dossiers…</source>
        <translation>讀取申請資料中…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>第 %1／%2 件：%3</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>This round</source>
        <translation>本梯次</translation>
    </message>
    <message>
        <source>Cancelled: dossiers not yet written left no trace.</source>
        <translation>已取消：尚未寫入的申請資料不留任何痕跡。</translation>
    </message>
    <message>
        <source>The checks could not be run: %1</source>
        <translation>無法執行檢核：%1</translation>
    </message>
    <message>
        <source>%1 imported, %2 kept as they were, %3 rejected.</source>
        <translation>已匯入 %1 件，保留既有 %2 件，退回 %3 件。</translation>
    </message>
    <message>
        <source>Choose or drop here dossier folders or ZIP files, or folders and ZIPs holding many dossiers. Each dossier is imported whole or not at all; the rest of the batch goes on.</source>
        <translation>請選擇或拖放申請資料夾、ZIP 檔，或內含多件申請資料的資料夾與 ZIP。每件申請資料完整匯入或完全不匯入；其餘案件照常進行。</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>作為新版本(&amp;N)</translation>
    </message>
    <message>
        <source>%1 already holds 統一編號 %2 with the proposal “%3”. Import the dossier from %4 as its new version (補正)? The current version is kept as history, and screening (資格文件審查) decides again.</source>
        <translation>%1已有統一編號 %2 的計畫「%3」。要將 %4 的申請資料作為補正後的新版本匯入嗎？現有版本保留為歷史紀錄，並重新進行資格文件審查。</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>未收入：%1</translation>
    </message>
</context>
<context>
    <name>rd::ImportJob</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>統一編號 %1 with the proposal “%2” is already in this round; kept the existing application (import it as a new version to supplement it)</source>
        <translation>本梯次已有統一編號 %1 的計畫「%2」；保留既有申請案（如為補正資料，請作為新版本匯入）</translation>
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
        <translation>審查梯次</translation>
    </message>
    <message>
        <source>Round: </source>
        <translation>審查梯次：</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>審查梯次</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新增工作區(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>開啟工作區(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近使用的工作區</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ReviewDesk</source>
        <translation>關於 ReviewDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About ReviewDesk</source>
        <translation>關於 ReviewDesk</translation>
    </message>
    <message>
        <source>The language changes the next time ReviewDesk starts.</source>
        <translation>語言將於下次啟動 ReviewDesk 時變更。</translation>
    </message>
    <message>
        <source>%1 — ReviewDesk 審查工作站</source>
        <translation>%1 — ReviewDesk 審查工作站</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation>為新工作區選擇一個空資料夾</translation>
    </message>
    <message>
        <source>DIGITAL+ 114年度 第1梯次</source>
        <translation>DIGITAL+ 114年度 第1梯次</translation>
    </message>
    <message>
        <source>Open a ReviewDesk workspace</source>
        <translation>開啟 ReviewDesk 工作區</translation>
    </message>
    <message>
        <source>Open a &amp;reviewer package…</source>
        <translation>開啟審查資料包(&amp;R)…</translation>
    </message>
    <message>
        <source>%1&apos;s review — %2 — ReviewDesk 審查工作站</source>
        <translation>%1 的審查 — %2 — ReviewDesk 審查工作站</translation>
    </message>
    <message>
        <source>Open a round &amp;archive for audit…</source>
        <translation>開啟梯次封存檔稽核(&amp;A)…</translation>
    </message>
    <message>
        <source>Open a round archive</source>
        <translation>開啟梯次封存檔</translation>
    </message>
    <message>
        <source>Round archives (*.rdarc *.zip)</source>
        <translation>梯次封存檔 (*.rdarc *.zip)</translation>
    </message>
    <message>
        <source>%1 is a score return: open the secretariat&apos;s workspace first, then import it with Round → Import score return.</source>
        <translation>%1 是評分回傳：請先開啟秘書處的工作區，再以「審查梯次 → 匯入評分回傳」匯入。</translation>
    </message>
    <message>
        <source>ReviewDesk does not open %1: it opens workspaces, reviewer packages (.rdpkg), score returns (.rdret) and round archives (.rdarc).</source>
        <translation>ReviewDesk 無法開啟 %1：可開啟的是工作區、審查資料包（.rdpkg）、評分回傳（.rdret）與梯次封存檔（.rdarc）。</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>and its tools</source>
        <translation>及其工具</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>公眾領域</translation>
    </message>
    <message>
        <source>&lt;b&gt;ReviewDesk 審查工作站&lt;/b&gt; %1&lt;p&gt;Review workstation for Taiwanese digital-industry subsidy programs: intake checks, committee scoring, consensus and signed results.&lt;/p&gt;&lt;p&gt;ReviewDesk is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;It is built with:&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;&lt;p&gt;The full licence texts are in /usr/share/doc/reviewdesk/copyright and /usr/share/common-licenses.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ReviewDesk 審查工作站&lt;/b&gt; %1&lt;p&gt;臺灣數位產業補助計畫的審查工作站：收件檢核、委員評分、共識會議與簽章結果。&lt;/p&gt;&lt;p&gt;ReviewDesk 是自由軟體，依 GNU 通用公共授權條款第 3 版或其後版本授權。&lt;/p&gt;&lt;p&gt;本程式使用：&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;&lt;p&gt;完整授權條款請見 /usr/share/doc/reviewdesk/copyright 與 /usr/share/common-licenses。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用手冊(&amp;U)</translation>
    </message>
    <message>
        <source>ReviewDesk user guide</source>
        <translation>ReviewDesk 使用手冊</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用手冊</translation>
    </message>
    <message>
        <source>Round status</source>
        <translation>梯次狀態</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ReviewDesk 審查工作站&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ReviewDesk 審查工作站&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The secretariat&apos;s workspace of a round, or a member&apos;s review workspace.</source>
        <translation>執行單位的梯次工作區，或委員的審查工作區。</translation>
    </message>
    <message>
        <source>For the secretariat: an empty workspace for a new round.</source>
        <translation>執行單位：為新梯次建立空白工作區。</translation>
    </message>
    <message>
        <source>For a committee member: the reviewer package (.rdpkg) the secretariat sent.</source>
        <translation>審查委員：開啟執行單位寄送的審查資料包（.rdpkg）。</translation>
    </message>
    <message>
        <source>For an auditor: a sealed round archive (.rdarc), opened read-only.</source>
        <translation>稽核人員：以唯讀方式開啟已封存的梯次檔案（.rdarc）。</translation>
    </message>
</context>
<context>
    <name>rd::MeetingWindow</name>
    <message>
        <source>Consensus meeting (共識會議)</source>
        <translation>共識會議</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一案</translation>
    </message>
    <message>
        <source>Previous application (PgUp)</source>
        <translation>上一案（PgUp）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一案 ▶</translation>
    </message>
    <message>
        <source>Next application (PgDn)</source>
        <translation>下一案（PgDn）</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>離開（Esc）</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Resolution (議決)…</source>
        <translation>議決…</translation>
    </message>
    <message>
        <source>Re-score (複評)…</source>
        <translation>複評…</translation>
    </message>
    <message>
        <source>Members&apos; scores and comments</source>
        <translation>委員評分與審查意見</translation>
    </message>
    <message>
        <source>Discussion notes</source>
        <translation>討論摘要</translation>
    </message>
    <message>
        <source>Discussion notes for the minutes…</source>
        <translation>供會議紀錄之討論摘要…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決議</translation>
    </message>
    <message>
        <source>What the applicant must change (修正後通過)</source>
        <translation>申請單位應修正事項（修正後通過）</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>修正條件(&amp;C)：</translation>
    </message>
    <message>
        <source>Only when departing from the 初審意見</source>
        <translation>僅於與初審意見不同時填寫</translation>
    </message>
    <message>
        <source>&amp;Why not as the 初審意見:</source>
        <translation>與初審意見不同之理由(&amp;W)：</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>同意票數</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>不同意票數</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>棄權票數</translation>
    </message>
    <message>
        <source>For</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Abstaining</source>
        <translation>棄權</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>表決：</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>記錄決議</translation>
    </message>
    <message>
        <source>Pass list</source>
        <translation>通過名單</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No. %1  %2（%3）— %4</source>
        <translation>第 %1 名&#x3000;%2（%3）——%4</translation>
    </message>
    <message>
        <source>%1 of %2 members present (%3 needed). %4</source>
        <translation>委員 %2 人中出席 %1 人（須 %3 人）。%4</translation>
    </message>
    <message>
        <source>The results are final.</source>
        <translation>結果已確定。</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;Sheets&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mean&lt;/td&gt;&lt;td align=right&gt;&lt;b style=&apos;font-size:x-large&apos;&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Median&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Std. dev.&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Lowest – highest&lt;/td&gt;&lt;td align=right&gt;%5 – %6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Trimmed mean&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rank sum&lt;/td&gt;&lt;td align=right&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Requested (NT$ k)&lt;/td&gt;&lt;td align=right&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Pass mark&lt;/td&gt;&lt;td align=right&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;評分表數&lt;/td&gt;&lt;td align=right&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;平均&lt;/td&gt;&lt;td align=right&gt;&lt;b style=&apos;font-size:x-large&apos;&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;中位數&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;標準差&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;最低 – 最高&lt;/td&gt;&lt;td align=right&gt;%5 – %6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;截尾平均&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;序位和&lt;/td&gt;&lt;td align=right&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;申請補助款（千元）&lt;/td&gt;&lt;td align=right&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;及格分數&lt;/td&gt;&lt;td align=right&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>✓ %1 — re-scored (複評)</source>
        <translation>✓ %1——已複評</translation>
    </message>
    <message>
        <source>✓ %1 — 議決: %2</source>
        <translation>✓ %1——議決：%2</translation>
    </message>
    <message>
        <source>● %1 — to be handled</source>
        <translation>● %1——待處置</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>無警示。</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>綜合意見</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總分</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>評分項目</translation>
    </message>
    <message>
        <source> (returned %1)</source>
        <translation>（原回傳 %1）</translation>
    </message>
    <message>
        <source>Decided: %1 (%2 for, %3 against, %4 abstaining)</source>
        <translation>已決議：%1（同意 %2、不同意 %3、棄權 %4）</translation>
    </message>
    <message>
        <source>Not decided.</source>
        <translation>尚未決議。</translation>
    </message>
    <message>
        <source>Not decided. The 初審意見 found it: %1.</source>
        <translation>尚未決議。初審意見：%1。</translation>
    </message>
    <message>
        <source>meets the requirements</source>
        <translation>符合須知規定</translation>
    </message>
    <message>
        <source>partly meets them</source>
        <translation>部分符合須知規定</translation>
    </message>
    <message>
        <source>does not meet them</source>
        <translation>不符合須知規定</translation>
    </message>
    <message>
        <source>%1 — %2 (cumulative NT$ %L3 thousand)</source>
        <translation>%1——%2（累計 %L3 千元）</translation>
    </message>
    <message>
        <source>Choose 通過, 修正後通過 or 不通過 first.</source>
        <translation>請先選擇通過、修正後通過或不通過。</translation>
    </message>
    <message>
        <source>Resolution (議決)</source>
        <translation>議決</translation>
    </message>
    <message>
        <source>No marked difference is open here.</source>
        <translation>本案無待處置之明顯差異。</translation>
    </message>
    <message>
        <source>Approved subsidy (核定補助款), NT$ thousand</source>
        <translation>核定補助款（千元）</translation>
    </message>
    <message>
        <source>&amp;Approved subsidy (核定補助款, NT$ thousand):</source>
        <translation>核定補助款（千元）(&amp;A)：</translation>
    </message>
    <message>
        <source>Only when passing below the pass mark or failing above it</source>
        <translation>僅於未達及格分數而通過、或達及格分數而不通過時填寫</translation>
    </message>
    <message>
        <source>Why against the pass &amp;mark:</source>
        <translation>與及格分數相反之理由(&amp;M)：</translation>
    </message>
    <message>
        <source>Presentation view (簡報)</source>
        <translation>簡報檢視</translation>
    </message>
    <message>
        <source>While the applicant presents: only the application and the timer are shown, no member&apos;s name or score (F7)</source>
        <translation>申請單位簡報時使用：只顯示申請案與計時器，不顯示委員姓名與分數（F7）</translation>
    </message>
</context>
<context>
    <name>rd::MemberDesk</name>
    <message>
        <source>Review and score</source>
        <translation>審查評分</translation>
    </message>
    <message>
        <source>&amp;Export score return…</source>
        <translation>匯出評分回傳(&amp;E)…</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未評分</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Scored %1 of %2 · conflicts declared: %3</source>
        <translation>已完成評分 %1／%2 件 · 聲明利益迴避 %3 件</translation>
    </message>
    <message>
        <source>Application list</source>
        <translation>申請案清單</translation>
    </message>
    <message>
        <source>Show or fold away the list of applications (%1)</source>
        <translation>顯示或收合申請案清單（%1）</translation>
    </message>
    <message>
        <source>Previous application</source>
        <translation>上一件申請案</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申請案</translation>
    </message>
    <message>
        <source>Next application</source>
        <translation>下一件申請案</translation>
    </message>
</context>
<context>
    <name>rd::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>關閉此訊息</translation>
    </message>
</context>
<context>
    <name>rd::OcrProgress</name>
    <message>
        <source>OCR of scanned pages: %1 of %2</source>
        <translation>掃描頁面 OCR：%1／%2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading scanned pages; what was read is kept, the rest waits</source>
        <translation>停止辨識掃描頁面；已辨識者保留，其餘待續</translation>
    </message>
    <message>
        <source>OCR of scanned pages stopped: %1</source>
        <translation>掃描頁面 OCR 已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>OCR paused: %n page(s) wait</source>
        <translation>
            <numerusform>OCR 已暫停：%n 頁待辨識</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Go on reading the scanned pages that wait</source>
        <translation>繼續辨識待處理的掃描頁面</translation>
    </message>
    <message>
        <source>OCR of scanned pages</source>
        <translation>掃描頁面 OCR</translation>
    </message>
</context>
<context>
    <name>rd::PdfCanvas</name>
    <message>
        <source>Document pages</source>
        <translation>文件頁面</translation>
    </message>
    <message>
        <source>Page %1…</source>
        <translation>第 %1 頁…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Add a note to page %1…</source>
        <translation>在第 %1 頁加上筆記…</translation>
    </message>
</context>
<context>
    <name>rd::PdfReader</name>
    <message>
        <source>/ %1</source>
        <translation>／ %1</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 處符合</translation>
    </message>
    <message>
        <source>☰</source>
        <translation>☰</translation>
    </message>
    <message>
        <source>Show or hide thumbnails, outline and notes</source>
        <translation>顯示或隱藏縮圖、目錄與筆記</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>頁碼</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>符合頁面</translation>
    </message>
    <message>
        <source>Page layout</source>
        <translation>頁面配置</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>連續頁面</translation>
    </message>
    <message>
        <source>Single page</source>
        <translation>單頁</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>在文件中尋找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一個符合處 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一個符合處 (F3)</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>頁面縮圖</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁數</translation>
    </message>
    <message>
        <source>Document outline</source>
        <translation>文件目錄</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Your page notes</source>
        <translation>您的頁面筆記</translation>
    </message>
    <message>
        <source>Add note to this page…</source>
        <translation>在此頁加上筆記…</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>刪除筆記</translation>
    </message>
    <message>
        <source>Notes are private: they stay in your workspace and go into a score return only if you choose.</source>
        <translation>筆記為私人資料：只存在您的工作區，除非您選擇，否則不會隨評分回傳送出。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Page note</source>
        <translation>頁面筆記</translation>
    </message>
    <message>
        <source>Note on page %1:</source>
        <translation>第 %1 頁的筆記：</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>檢索中…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1／%2 處</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>第 %1 頁：%2</translation>
    </message>
    <message>
        <source>Notes can be kept for documents of a workspace.</source>
        <translation>只有工作區中的文件可以保存筆記。</translation>
    </message>
    <message>
        <source>Find in document (%1)</source>
        <translation>在文件中尋找（%1）</translation>
    </message>
</context>
<context>
    <name>rd::PreliminaryPanel</name>
    <message>
        <source>初審意見 of the working group: per criterion, whether the application meets the requirements and how it differs from the others. Committee members read it beside their score sheet.</source>
        <translation>工作小組的初審意見：逐項說明申請案是否符合要求，以及與其他申請案的差異。審查委員會在評分表旁看到。</translation>
    </message>
    <message>
        <source>Save the preliminary opinions</source>
        <translation>儲存初審意見</translation>
    </message>
    <message>
        <source>The application as a whole</source>
        <translation>整體</translation>
    </message>
    <message>
        <source>Meets the requirements: %1</source>
        <translation>是否符合要求：%1</translation>
    </message>
    <message>
        <source>Preliminary opinion on %1</source>
        <translation>%1 的初審意見</translation>
    </message>
    <message>
        <source>Saved %1 opinions.</source>
        <translation>已儲存 %1 則意見。</translation>
    </message>
</context>
<context>
    <name>rd::PresentationTimer</name>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>詢答</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Go on to the committee&apos;s questions</source>
        <translation>進入委員詢答</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>簡報</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>委員詢答</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
</context>
<context>
    <name>rd::ReviewPage</name>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>評分表</translation>
    </message>
    <message>
        <source>%1 (%2, %3 pages)</source>
        <translation>%1（%2，%3 頁）</translation>
    </message>
</context>
<context>
    <name>rd::ScoreSheetWidget</name>
    <message>
        <source>Total score</source>
        <translation>總分</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>儲存狀態</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Last change not saved</source>
        <translation>上一項變更未儲存</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>尚缺項目</translation>
    </message>
    <message>
        <source>A sheet can be marked complete once nothing is missing; only complete sheets are sent back.</source>
        <translation>評分表無缺漏時才能標示為完成；只有已完成的評分表會送回。</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新開啟</translation>
    </message>
    <message>
        <source>Declare a conflict of interest…</source>
        <translation>聲明利益迴避…</translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation>聲明利益迴避</translation>
    </message>
    <message>
        <source>What ties you to this applicant? Once declared, the sheet is locked and you do not score this application; the secretariat sees your declaration.</source>
        <translation>您與此申請單位有何關係？聲明後評分表即鎖定，您不評審此案；執行單位會看到您的聲明。</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>編輯中…</translation>
    </message>
    <message>
        <source>初審意見 (%1): %2</source>
        <translation>初審意見（%1）：%2</translation>
    </message>
    <message>
        <source>Preliminary opinion</source>
        <translation>初審意見</translation>
    </message>
    <message>
        <source>Score for %1</source>
        <translation>%1 的分數</translation>
    </message>
    <message>
        <source>0–%1</source>
        <translation>0–%1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation>／ %1</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>%1 的審查意見</translation>
    </message>
    <message>
        <source>Comment (審查意見), required</source>
        <translation>審查意見（必填）</translation>
    </message>
    <message>
        <source>Comment (審查意見)</source>
        <translation>審查意見</translation>
    </message>
    <message>
        <source>Result for %1</source>
        <translation>%1 的結果</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未檢核</translation>
    </message>
    <message>
        <source>Pass (符合)</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Fail (不符合)</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Comment; required when it fails</source>
        <translation>意見；不符合時必填</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>綜合意見</translation>
    </message>
    <message>
        <source>Overall comment, required</source>
        <translation>綜合意見（必填）</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建議結果</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未儲存：%1</translation>
    </message>
    <message>
        <source>Total %1 / 100</source>
        <translation>總分 %1 / 100</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>尚未填寫</translation>
    </message>
    <message>
        <source>Saved (revision %1)</source>
        <translation>已儲存（修訂 %1）</translation>
    </message>
    <message>
        <source>Conflict of interest declared: %1</source>
        <translation>已聲明利益迴避：%1</translation>
    </message>
    <message>
        <source>Conflict of interest check</source>
        <translation>利益迴避確認</translation>
    </message>
    <message>
        <source>Before you score: if you have ties with this applicant or are named in its list of people to recuse (建議迴避之人員清單), declare a conflict of interest instead.</source>
        <translation>開始評分前：若您與此申請單位有利害關係，或名列其建議迴避之人員清單，請改為聲明利益迴避。</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>…另有 %1 項</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>復原 %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <source>Mark complete (%1)</source>
        <translation>標示為完成（%1）</translation>
    </message>
    <message>
        <source>The reason is missing: a conflict is declared with what ties you to the applicant.</source>
        <translation>尚未填寫理由：聲明利益迴避時，請說明您與申請單位的關係。</translation>
    </message>
</context>
<context>
    <name>rd::ScreeningPanel</name>
    <message>
        <source>Screening (資格文件審查) outcome</source>
        <translation>資格文件審查結果</translation>
    </message>
    <message>
        <source>Outcome to record</source>
        <translation>要記錄的審查結果</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>審查結果(&amp;O)：</translation>
    </message>
    <message>
        <source>What to supplement or correct, one item per line</source>
        <translation>應補正事項，每行一項</translation>
    </message>
    <message>
        <source>&amp;Items (one per line):</source>
        <translation>補正項目（每行一項）(&amp;I)：</translation>
    </message>
    <message>
        <source>Deadline to supplement</source>
        <translation>補正期限</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>補正期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;cord outcome</source>
        <translation>記錄審查結果(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xtend the deadline</source>
        <translation>延長補正期限(&amp;X)</translation>
    </message>
    <message>
        <source>Moves the deadline to supplement (補正) later; the reason is recorded.</source>
        <translation>延後補正期限；理由將予記錄。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>No application selected.</source>
        <translation>未選擇申請案。</translation>
    </message>
    <message>
        <source>Screening (資格文件審查): %1</source>
        <translation>資格文件審查：%1</translation>
    </message>
    <message>
        <source>Dossier version %1.</source>
        <translation>申請資料第 %1 版。</translation>
    </message>
    <message>
        <source>Decided %1.</source>
        <translation>決定於 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left to supplement.</source>
        <translation>
            <numerusform>補正期限尚餘 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Error findings overridden: %1 — %2</source>
        <translation>已排除之錯誤檢核：%1——%2</translation>
    </message>
    <message numerus="yes">
        <source>%n error finding(s) stand: 符合 needs the reason they are overridden.</source>
        <translation>
            <numerusform>尚有 %n 項錯誤檢核結果：判定符合須說明排除理由。</numerusform>
        </translation>
    </message>
    <message>
        <source>No error finding.</source>
        <translation>無錯誤檢核結果。</translation>
    </message>
    <message>
        <source>Required: why it is not accepted</source>
        <translation>必填：不予受理的理由</translation>
    </message>
    <message>
        <source>Required: why the error findings are overridden</source>
        <translation>必填：排除錯誤檢核結果的理由</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Extend the review &amp;period by a month</source>
        <translation>審查時程延長 1 個月(&amp;P)</translation>
    </message>
    <message>
        <source>004 捌、二(一) allows the review period to be extended once, by one month; the reason is recorded.</source>
        <translation>依 004 捌、二(一)，審查時程必要時得延長 1 個月，以一次為限；延長理由將予記錄。</translation>
    </message>
    <message>
        <source>Review period (審查時程): the review was due on %1 (004 捌、二(一)).</source>
        <translation>審查時程：應於 %1 前完成，已逾期（004 捌、二(一)）。</translation>
    </message>
    <message numerus="yes">
        <source>Review period (審查時程): due %1, %n day(s) left%2.</source>
        <translation>
            <numerusform>審查時程：%1 前完成，尚餘 %n 天%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>, extended once</source>
        <translation>，已延長一次</translation>
    </message>
    <message>
        <source>Needed to extend a deadline or the review period</source>
        <translation>延長補正期限或審查時程時必填</translation>
    </message>
</context>
<context>
    <name>rd::SearchPanel</name>
    <message>
        <source>Search all pages</source>
        <translation>檢索所有頁面</translation>
    </message>
    <message>
        <source>Search every page of every PDF (e.g. 資安, 經費, SLA)…</source>
        <translation>檢索所有 PDF 的每一頁（例如：資安、經費、SLA）…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>檢索結果</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>檢索中…</translation>
    </message>
    <message>
        <source>%1 pages match; the first %2 are listed.</source>
        <translation>共 %1 頁符合，列出前 %2 頁。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) match.</source>
        <translation>
            <numerusform>共 %n 頁符合。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::SearchResultModel</name>
    <message>
        <source>Application</source>
        <translation>申請案</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>內文</translation>
    </message>
    <message>
        <source>%1 (OCR %2 %)</source>
        <translation>%1（OCR %2 %）</translation>
    </message>
    <message>
        <source>Text of a scanned page, recognised by OCR (mean confidence %1 %): %2</source>
        <translation>掃描頁面文字，經 OCR 辨識（平均信心度 %1 %）：%2</translation>
    </message>
</context>
<context>
    <name>rd::SecretariatDesk</name>
    <message>
        <source>Screening (資格文件審查)</source>
        <translation>資格文件審查</translation>
    </message>
    <message>
        <source>Preliminary opinions</source>
        <translation>初審意見</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>檢核結果</translation>
    </message>
    <message>
        <source>&amp;Import dossiers…</source>
        <translation>匯入申請資料(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation>新增審查梯次(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Committee and assignment…</source>
        <translation>審查委員與指派(&amp;C)…</translation>
    </message>
    <message>
        <source>Write notices to &amp;supplement (補正通知)…</source>
        <translation>產生補正通知(&amp;S)…</translation>
    </message>
    <message>
        <source>Export reviewer &amp;packages…</source>
        <translation>匯出審查資料包(&amp;P)…</translation>
    </message>
    <message>
        <source>Import score &amp;return…</source>
        <translation>匯入評分回傳(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;onsensus meeting (共識會議)…</source>
        <translation>共識會議(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Archive the round…</source>
        <translation>封存本梯次(&amp;A)…</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>新增審查梯次</translation>
    </message>
    <message>
        <source>Name of the review round (審查梯次):</source>
        <translation>審查梯次名稱：</translation>
    </message>
    <message>
        <source>DIGITAL+ 114年度 第2梯次</source>
        <translation>DIGITAL+ 114年度 第2梯次</translation>
    </message>
    <message>
        <source>Archive the round</source>
        <translation>封存本梯次</translation>
    </message>
    <message>
        <source>round-archive.rdarc</source>
        <translation>梯次封存.rdarc</translation>
    </message>
    <message>
        <source>Round archives (*.rdarc *.zip)</source>
        <translation>梯次封存檔 (*.rdarc *.zip)</translation>
    </message>
    <message>
        <source>No secretariat certificate is registered for this round: register it in Committee and assignment before archiving, or the signature is refused.</source>
        <translation>本梯次尚未登錄秘書處憑證：請先於「審查委員與指派」登錄再封存，否則簽章將被拒絕。</translation>
    </message>
    <message>
        <source>the archive certificate (封存證明) as the secretariat</source>
        <translation>封存證明（秘書處）</translation>
    </message>
    <message>
        <source>Archiving the round…</source>
        <translation>正在封存本梯次…</translation>
    </message>
    <message>
        <source>%1 files archived in %2.
SHA-256 of its manifest: %3

An auditor opens it with File → Open a round archive for audit.</source>
        <translation>已封存 %1 個檔案至 %2。
清單 SHA-256：%3

稽核人員以「檔案 → 開啟梯次封存檔稽核」開啟。</translation>
    </message>
    <message>
        <source>Choose the folder for the notices to supplement</source>
        <translation>選擇補正通知的存放資料夾</translation>
    </message>
    <message>
        <source>Writing the notices to supplement…</source>
        <translation>正在產生補正通知…</translation>
    </message>
    <message>
        <source>Notices to supplement (補正通知)</source>
        <translation>補正通知</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) and their CSV list written to %1.</source>
        <translation>
            <numerusform>已將 %n 份補正通知及其 CSV 清單寫入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>&amp;Language (after a restart):</source>
        <translation>語言（重新啟動後生效）(&amp;L)：</translation>
    </message>
    <message>
        <source>Default workspace folder</source>
        <translation>預設工作區資料夾</translation>
    </message>
    <message>
        <source>&amp;Workspaces folder:</source>
        <translation>工作區資料夾(&amp;W)：</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Page cache of the PDF reader</source>
        <translation>PDF 閱讀器頁面快取</translation>
    </message>
    <message>
        <source>Rendered pages kept in memory; more makes paging back faster</source>
        <translation>保留在記憶體中的已繪製頁面；越大則翻回前頁越快</translation>
    </message>
    <message>
        <source>PDF reader&apos;s &amp;page cache:</source>
        <translation>PDF 閱讀器頁面快取(&amp;P)：</translation>
    </message>
    <message>
        <source>Deviation thresholds of new rounds (差異警示)</source>
        <translation>新梯次的差異警示門檻</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Total apart from the others</source>
        <translation>總分與其他委員的差距</translation>
    </message>
    <message>
        <source>A member&apos;s &amp;total apart from the others&apos; mean by:</source>
        <translation>委員總分與其他委員平均相差(&amp;T)：</translation>
    </message>
    <message>
        <source> places</source>
        <translation> 名</translation>
    </message>
    <message>
        <source>Rank apart from the others</source>
        <translation>名次與其他委員的差距</translation>
    </message>
    <message>
        <source>A member&apos;s &amp;rank apart from the others&apos; median by:</source>
        <translation>委員名次與其他委員中位數相差(&amp;R)：</translation>
    </message>
    <message>
        <source>Spread of a criterion</source>
        <translation>評分項目的分數差距</translation>
    </message>
    <message>
        <source>A &amp;criterion&apos;s scores spread over (of its maximum):</source>
        <translation>單一評分項目分數差距超過（占配分）(&amp;C)：</translation>
    </message>
    <message>
        <source>Each round keeps the thresholds it was created with; rounds already created keep theirs.</source>
        <translation>每個梯次沿用建立時的門檻；已建立的梯次維持原門檻。</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>簽章</translation>
    </message>
    <message>
        <source>Certificate store folder</source>
        <translation>憑證庫資料夾</translation>
    </message>
    <message>
        <source>default: ReviewDesk/nssdb in your data folder</source>
        <translation>預設：資料資料夾中的 ReviewDesk/nssdb</translation>
    </message>
    <message>
        <source>Certificate &amp;store (after a restart):</source>
        <translation>憑證庫（重新啟動後生效）(&amp;S)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>瀏覽%1</translation>
    </message>
</context>
<context>
    <name>rd::TextMatchDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3 % of its text in common</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — 內容有 %3 % 雷同</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (round “%4”)&lt;br&gt;%2 — %3 % of its text in common</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（梯次「%4」）&lt;br&gt;%2 — 內容有 %3 % 雷同</translation>
    </message>
    <message>
        <source>Similar proposal text</source>
        <translation>計畫內容雷同</translation>
    </message>
    <message>
        <source>The passages below appear in both documents, beyond the text every proposal of the workspace shares (the proposal template, 附件7). A company may not apply with the same or a similar plan elsewhere (004 捌、一(七)); the secretariat may ask for the earlier plan (捌、一(八)).</source>
        <translation>下列段落同時出現在兩份文件中，且不屬於工作區所有計畫書共有的文字（附件7 範本）。企業不得以相同或類似計畫重複申請（004 捌、一(七)）；如發現疑似重複執行計畫，得要求提供前案簽約計畫書供實質審查（捌、一(八)）。</translation>
    </message>
    <message numerus="yes">
        <source>p. %1 ↔ p. %2 · %n character(s): %3…</source>
        <translation>
            <numerusform>第 %1 頁 ↔ 第 %2 頁 · %n 字：%3…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in the document window</source>
        <translation>在文件視窗中開啟</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
    <message>
        <source>Shared passages</source>
        <translation>雷同段落</translation>
    </message>
</context>
</TS>
