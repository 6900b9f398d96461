//! The result page's words (`ket-qua.html`: "Gửi và in kết quả"): the page's
//! own, the share panel's (the link, its QR code) and the printed form's
//! (its headings, columns and signature blocks, the record's history after
//! it). A catalogue of their own, written like [`super::Text`]'s, so that only
//! the result page's wasm carries them and the app's first load does not.
//! Words the app also says stay in `Text`.

use super::Lang;

catalogue! {
    /// A key of this page's catalogue.
    enum ResultText;
    Heading => {
        vi: "Gửi và in kết quả",
        en: "Send and print the result",
    },
    BackToAssessment => {
        vi: "Quay lại bản đánh giá",
        en: "Back to the assessment",
    },
    /// No current draft, or one that does not open: the app says why.
    NoDraft => {
        vi: "Không mở được bản đánh giá đang mở trên máy này. Hãy mở lại bản đánh giá rồi chọn “Gửi kết quả, in phiếu” ở bước Kết quả.",
        en: "The open assessment could not be opened on this phone. Open the assessment again, then choose “Send the result, print the form” on the Result step.",
    },
    OpenApp => {
        vi: "Mở bản đánh giá",
        en: "Open the assessment",
    },
    CopyFailed => {
        vi: "Máy không cho sao chép tự động. Hãy chạm giữ vào ô liên kết rồi chọn Sao chép.",
        en: "This browser does not allow copying here. Touch and hold the link box, then choose Copy.",
    },
    CopyLink => {
        vi: "Sao chép liên kết",
        en: "Copy the link",
    },
    FormColAnswer => {
        vi: "Số liệu, trả lời",
        en: "Figures and answers",
    },
    FormColCriterion => {
        vi: "Điều kiện",
        en: "Condition",
    },
    FormColEvidence => {
        vi: "Minh chứng, ghi chú",
        en: "Evidence and notes",
    },
    FormColNumber => {
        vi: "TT",
        en: "No.",
    },
    FormColResult => {
        vi: "Kết quả, lý do",
        en: "Result and reasons",
    },
    FormColStatus => {
        vi: "Tình trạng",
        en: "Status",
    },
    FormCriteria => {
        vi: "II. Kết quả tự đánh giá từng điều kiện",
        en: "II. Result for each condition",
    },
    FormGeneral => {
        vi: "I. Thông tin chung",
        en: "I. General information",
    },
    FormOverall => {
        vi: "III. Kết quả chung",
        en: "III. Overall result",
    },
    FormParty => {
        vi: "Đảng Cộng sản Việt Nam",
        en: "Communist Party of Vietnam",
    },
    FormPartyCommittee => {
        vi: "Đảng bộ",
        en: "Party committee of",
    },
    FormPlan => {
        vi: "IV. Kế hoạch khắc phục",
        en: "IV. Plan to close the gaps",
    },
    FormSignCell => {
        vi: "T/M Chi bộ — Bí thư chi bộ",
        en: "For the cell — Cell secretary",
    },
    FormSignCellNote => {
        vi: "(Ký, ghi rõ họ tên)",
        en: "(Signature and full name)",
    },
    FormSignCommune => {
        vi: "Xác nhận của Đảng ủy xã, phường",
        en: "Confirmed by the commune or ward Party committee",
    },
    FormSignCommuneNote => {
        vi: "(Ký tên, đóng dấu)",
        en: "(Signature and seal)",
    },
    FormSubtitle => {
        vi: "Chi bộ ấp, khu phố trong sạch, vững mạnh toàn diện",
        en: "Clean, strong and comprehensive hamlet Party cell",
    },
    FormTitle => {
        vi: "Phiếu tự đánh giá",
        en: "Self-assessment form",
    },
    LinkCopied => {
        vi: "Đã sao chép liên kết. Dán vào tin nhắn để gửi.",
        en: "Link copied. Paste it into a message to send it.",
    },
    PlanInProgress => {
        vi: "Đang làm",
        en: "In progress",
    },
    PrintButton => {
        vi: "In phiếu",
        en: "Print the form",
    },
    PrintHint => {
        vi: "In phiếu tự đánh giá ra giấy, hoặc chọn “Lưu dưới dạng PDF” trong hộp in của máy.",
        en: "Print the self-assessment form, or choose “Save as PDF” in the print dialog.",
    },
    PrintHistoryAppraisals => {
        vi: "Kết quả thẩm định",
        en: "Official appraisals",
    },
    PrintHistoryChecks => {
        vi: "Các lần tự đánh giá",
        en: "The self-checks",
    },
    PrintHistoryConditions => {
        vi: "Từng điều kiện qua các lần tự đánh giá",
        en: "Each condition across the checks",
    },
    /// The heading of the page printed after the form (a record's history).
    PrintHistoryHeading => {
        vi: "LỊCH SỬ HỒ SƠ CHI BỘ",
        en: "THE CELL'S RECORD",
    },
    PrintHistoryRegistrations => {
        vi: "Đăng ký xây dựng chi bộ trong sạch, vững mạnh toàn diện",
        en: "Registrations to build toward the standard",
    },
    QrCaption => {
        vi: "Đưa mã này cho người khác quét bằng máy ảnh điện thoại để mở kết quả.",
        en: "Let someone scan this code with a phone camera to open the result.",
    },
    QrLabel => {
        vi: "Mã QR của liên kết kết quả",
        en: "QR code of the result link",
    },
    QrTooLong => {
        vi: "Liên kết quá dài để vẽ mã QR. Hãy bỏ ghi chú hoặc tên mục.",
        en: "The link is too long for a QR code. Leave out the notes or the names.",
    },
    ShareButton => {
        vi: "Gửi qua Zalo, Messenger…",
        en: "Send via Zalo, Messenger…",
    },
    ShareFailed => {
        vi: "Không mở được bảng gửi của máy. Hãy dùng nút Sao chép liên kết.",
        en: "The phone's share sheet could not open. Use Copy the link instead.",
    },
    ShareHeading => {
        vi: "Gửi kết quả",
        en: "Send the result",
    },
    ShareIntro => {
        vi: "Kết quả nằm ngay trong liên kết, không máy chủ nào lưu giữ. Người mở liên kết chỉ xem được, không sửa được bản đánh giá trên máy này.",
        en: "The result travels inside the link; no server keeps it. Whoever opens the link can only view it, not change your draft.",
    },
    ShareLinkLabel => {
        vi: "Liên kết kết quả",
        en: "Result link",
    },
    ShareOptionsHint => {
        vi: "Không chọn thì liên kết ngắn hơn, mã QR dễ quét hơn; kết quả vẫn như nhau.",
        en: "Without them the link is shorter and the QR code easier to scan; the result is the same.",
    },
    ShareSheetTitle => {
        vi: "Kết quả tự đánh giá chi bộ",
        en: "Party cell self-assessment result",
    },
}
