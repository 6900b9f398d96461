//! The words of a result opened from a link (`SharedResultScreen`: its
//! heading, what it holds and lacks, keeping it, closing it, adding it to the
//! commune's list, the set it needs): a catalogue of their own, written like
//! [`super::Text`]'s, which the two pages that show such a result carry, the
//! result page and the commune's page, and the app's first load does not.

use super::Lang;

catalogue! {
    /// A key of this catalogue.
    enum SharedText;
    /// A link without anything to read.
    LinkEmpty => {
        vi: "Chưa có liên kết. Hãy dán cả liên kết kết quả mà chi bộ đã gửi.",
        en: "There is no link. Paste the whole result link the cell sent.",
    },
    /// A text far longer than any result link.
    LinkTooLong => {
        vi: "Đoạn văn bản này quá dài, không phải là một liên kết kết quả của ứng dụng. Hãy chỉ dán liên kết.",
        en: "This text is far too long to be a result link of this app. Paste only the link.",
    },
    /// Characters a result link never holds.
    LinkInvalidCharacters => {
        vi: "Liên kết có ký tự lạ (dấu cách, chữ có dấu hoặc dấu câu), có thể đã bị dán lẫn với chữ khác. Hãy sao chép lại nguyên vẹn liên kết.",
        en: "The link holds characters a result link never has (spaces, accents or punctuation); it may have been pasted together with other text. Copy the link again, whole.",
    },
    /// A link to the app without a result in it.
    LinkNotAResult => {
        vi: "Liên kết này mở ứng dụng nhưng không chứa kết quả tự đánh giá nào.",
        en: "This link opens the app but holds no self-assessment result.",
    },
    /// A link cut short.
    LinkTruncated => {
        vi: "Liên kết bị cắt mất một phần — hãy xin người gửi gửi lại cả liên kết.",
        en: "Part of the link was cut off — ask the sender to send the whole link again.",
    },
    /// A link whose checksum does not match.
    LinkCorrupted => {
        vi: "Liên kết bị sai một vài ký tự (có thể do gõ lại hoặc sao chép nhầm) nên không mở được. Hãy xin người gửi gửi lại liên kết.",
        en: "Some characters of the link are wrong (retyped or copied by mistake), so it cannot be opened. Ask the sender to send the link again.",
    },
    /// A link made by a newer app.
    LinkNewerFormat => {
        vi: "Liên kết này được tạo bằng phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng (mở lại khi có mạng, rồi bấm tải lại khi được báo có phiên bản mới), sau đó mở lại liên kết.",
        en: "This link was made by a newer version of the app. Update the app (open it with a connection and reload when it says a new version is ready), then open the link again.",
    },
    /// A link made with a criteria set this app does not have.
    LinkUnknownSet => {
        vi: "Liên kết này dùng một bộ tiêu chí mà ứng dụng trên máy này chưa có. Hãy cập nhật ứng dụng (mở lại khi có mạng), sau đó mở lại liên kết.",
        en: "This link uses a criteria set this app does not have yet. Update the app (open it with a connection), then open the link again.",
    },
    /// An intact link whose content does not read.
    LinkMalformed => {
        vi: "Liên kết còn nguyên vẹn nhưng nội dung không đọc được, có thể do một công cụ khác tạo ra. Hãy xin người gửi tạo lại liên kết bằng ứng dụng này.",
        en: "The link is intact but its content cannot be read; another tool may have made it. Ask the sender to make the link again with this app.",
    },
    /// Answers that do not belong to the criteria set given (a fault of the app).
    LinkResultSetMismatch => {
        vi: "Không tạo được liên kết: câu trả lời không khớp với bộ tiêu chí. Hãy mở lại bản đánh giá rồi thử lại.",
        en: "The link could not be made: the answers do not match the criteria set. Open the assessment again and retry.",
    },
    ShareIncludeNotes => {
        vi: "Kèm ghi chú, minh chứng",
        en: "Include notes and evidence",
    },
    ShareIncludeNames => {
        vi: "Kèm tên công trình, mô hình, tổ chức",
        en: "Include the names of works, models and organisations",
    },
    /// Under a result whose criteria set is not on this phone.
    NeededSetHint => {
        vi: "Trang “Bộ tiêu chí” cho biết bộ này do ai ban hành, được công bố ở đâu, và thêm được vào máy (từ trang này hoặc từ tệp); sau đó kết quả mở lại được.",
        en: "The “Criteria sets” page says who issued this set and where it is published, and adds it to this device (from this site or from a file); the result then opens again.",
    },
    FindNeededSet => {
        vi: "Tìm và thêm bộ tiêu chí này",
        en: "Find and add this set",
    },
    SharedHeading => {
        vi: "Kết quả được gửi đến",
        en: "A result sent to you",
    },
    SharedIntro => {
        vi: "Đây là kết quả tự đánh giá do người khác gửi, chỉ để xem. Các bản nháp trên máy này không bị thay đổi.",
        en: "You are viewing a self-assessment someone sent you, read-only. Your own drafts are not changed.",
    },
    SharedAssessedOn => {
        vi: "Ngày gửi",
        en: "Sent on",
    },
    SharedSet => {
        vi: "Bộ tiêu chí",
        en: "Criteria set",
    },
    SharedWithoutNotes => {
        vi: "Liên kết này không kèm ghi chú, minh chứng.",
        en: "This link does not include notes or evidence.",
    },
    SharedWithoutNames => {
        vi: "Liên kết này không kèm tên các mục, chỉ có số lượng.",
        en: "This link does not include the items' names, only how many there are.",
    },
    SaveAsMyDraft => {
        vi: "Lưu thành bản nháp của tôi",
        en: "Save as my draft",
    },
    CloseShared => {
        vi: "Đóng, về bản đánh giá của tôi",
        en: "Close, back to my assessment",
    },
    CloseSharedToList => {
        vi: "Đóng, về danh sách",
        en: "Close, back to the list",
    },
    SharedBrokenHeading => {
        vi: "Không mở được liên kết kết quả",
        en: "The result link cannot be opened",
    },
    NotProvided => {
        vi: "(chưa ghi)",
        en: "(not given)",
    },
    TrackingAddShared => {
        vi: "Thêm vào danh sách theo dõi",
        en: "Add to the list of cells",
    },
    TrackingAddedShared => {
        vi: "Đã thêm vào danh sách theo dõi.",
        en: "Added to the list of cells.",
    },
    /// The shared result's row: the year the cell registered.
    SharedRegistered => {
        vi: "Đăng ký xây dựng chi bộ TSVMTD",
        en: "Registered to build toward the standard",
    },
    /// The shared result's row: the latest official appraisal.
    SharedAppraisal => {
        vi: "Thẩm định",
        en: "Appraisal",
    },
}
