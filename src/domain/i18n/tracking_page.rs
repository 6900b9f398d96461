//! The commune's page's words (`theo-doi.html`: "Theo dõi kết quả các chi
//! bộ"): a catalogue of their own, written like [`super::Text`]'s, so that
//! only the commune's page's wasm carries them and the app's first load does
//! not. Words the app also says stay in `Text`.

use super::Lang;

catalogue! {
    /// A key of this page's catalogue.
    enum TrackingText;
    TrackingHeading => {
        vi: "Theo dõi kết quả các chi bộ",
        en: "Results of the cells",
    },
    TrackingIntro => {
        vi: "Dành cho đảng ủy xã, phường: dán các liên kết kết quả mà chi bộ gửi (có thể dán cả đoạn tin nhắn), xem chi bộ nào đã đạt, còn thiếu gì, và xã còn cách mục tiêu bao xa. Danh sách được lưu trên máy này.",
        en: "For the commune Party committee: paste the result links the cells sent (a whole chat message will do), see which cells meet the standard, what is missing, and how far the commune is from its target. The list is kept on this device.",
    },
    TrackingPasteLabel => {
        vi: "Dán liên kết kết quả",
        en: "Paste result links",
    },
    TrackingPasteHint => {
        vi: "Một hay nhiều liên kết, lẫn với chữ khác cũng được.",
        en: "One link or many, mixed with other text if need be.",
    },
    TrackingAdd => {
        vi: "Thêm vào danh sách",
        en: "Add to the list",
    },
    TrackingBadHeading => {
        vi: "Liên kết không đọc được",
        en: "Links that cannot be read",
    },
    TrackingEmpty => {
        vi: "Chưa có kết quả nào. Hãy dán liên kết mà các chi bộ đã gửi.",
        en: "No result yet. Paste the links the cells sent.",
    },
    TrackingSummaryHeading => {
        vi: "Tổng hợp",
        en: "Summary",
    },
    TrackingTargetLegend => {
        vi: "Mục tiêu của xã (tỷ lệ chi bộ đạt chuẩn)",
        en: "The commune's target (share of cells meeting the standard)",
    },
    TrackingTargetHint => {
        vi: "Thường là 40–50%; xã đạt chuẩn nông thôn mới, phường đạt chuẩn đô thị văn minh: 100%.",
        en: "Usually 40–50%; a commune recognised as new rural area or civilised urban area: 100%.",
    },
    TrackingTargetMin => {
        vi: "Từ (%)",
        en: "From (%)",
    },
    TrackingTargetMax => {
        vi: "Đến (%)",
        en: "To (%)",
    },
    TrackingGapsHeading => {
        vi: "Điều kiện còn thiếu nhiều nhất",
        en: "The most common gaps",
    },
    TrackingListHeading => {
        vi: "Từng chi bộ",
        en: "Cell by cell",
    },
    TrackingOpen => {
        vi: "Xem chi tiết",
        en: "View details",
    },
    TrackingRemove => {
        vi: "Bỏ khỏi danh sách",
        en: "Remove from the list",
    },
    TrackingExportCsv => {
        vi: "Tải bảng tính (CSV)",
        en: "Download a spreadsheet (CSV)",
    },
    TrackingExportJson => {
        vi: "Tải dữ liệu (JSON)",
        en: "Download the data (JSON)",
    },
    TrackingStoredAside => {
        vi: "Danh sách theo dõi đã lưu không đọc được; bản cũ được giữ riêng trên máy, không bị xóa.",
        en: "The stored list of cells could not be read; it is kept aside on this device, not deleted.",
    },
    TrackingEntriesAside => {
        vi: "Một số liên kết trong danh sách theo dõi không còn đọc được; chúng được giữ riêng trên máy, không bị xóa.",
        en: "Some links of the list could no longer be read; they are kept aside on this device, not deleted.",
    },
    /// A result whose profile names neither the cell nor its hamlet.
    TrackingUnnamedCell => {
        vi: "Chi bộ chưa ghi tên",
        en: "Unnamed cell",
    },
    /// A cell with one check only.
    TrackingFirstCheck => {
        vi: "Mới có một lần đánh giá được gửi đến.",
        en: "Only one check has been received.",
    },
    /// Opens one check of a cell's list.
    TrackingOpenCheck => {
        vi: "Xem",
        en: "View",
    },
    /// Heading of the progress over time.
    TrackingProgressHeading => {
        vi: "Tiến độ theo thời gian",
        en: "Progress over time",
    },
    TrackingProgressHint => {
        vi: "Mỗi kỳ tính từng chi bộ theo lần đánh giá gần nhất của chi bộ đó đến hết kỳ; chỉ ghi những kỳ có kết quả gửi đến.",
        en: "Each period counts every cell by its latest check up to the end of the period; only periods in which a result was sent are listed.",
    },
    /// The choice of periods for the progress.
    TrackingProgressBy => {
        vi: "Xem theo",
        en: "Show by",
    },
    TrackingByQuarter => {
        vi: "Quý",
        en: "Quarter",
    },
    TrackingByYear => {
        vi: "Năm",
        en: "Year",
    },
    /// The chart's legend.
    TrackingLegendMeeting => {
        vi: "Đạt chuẩn (tự đánh giá)",
        en: "Meeting the standard (self-check)",
    },
    TrackingLegendRecognised => {
        vi: "Được công nhận",
        en: "Recognised",
    },
    TrackingLegendTarget => {
        vi: "Vùng mục tiêu",
        en: "Target band",
    },
    /// Downloads the progress over time.
    TrackingExportProgressCsv => {
        vi: "Tải tiến độ theo quý, năm (CSV)",
        en: "Download progress by quarter and year (CSV)",
    },
    /// Why CSV, and how it opens.
    TrackingCsvHint => {
        vi: "Tệp CSV mở thẳng bằng Excel cài đặt tiếng Việt: các cột cách nhau bằng dấu chấm phẩy, số thập phân dùng dấu phẩy.",
        en: "The CSV files open as they are in Excel set to Vietnamese: columns separated by semicolons, decimals after a comma.",
    },
    /// The cell column of the tracking table's CSV export.
    TrackingCsvCell => {
        vi: "Chi bộ",
        en: "Party cell",
    },
    TrackingCsvHamlet => {
        vi: "Ấp, khu phố",
        en: "Hamlet or neighbourhood",
    },
    TrackingCsvCommune => {
        vi: "Xã, phường",
        en: "Commune or ward",
    },
    TrackingCsvProvince => {
        vi: "Tỉnh, thành phố",
        en: "Province or city",
    },
    TrackingCsvYear => {
        vi: "Năm đánh giá",
        en: "Year assessed",
    },
    TrackingCsvAssessor => {
        vi: "Người đánh giá",
        en: "Assessed by",
    },
    TrackingCsvShared => {
        vi: "Ngày chia sẻ",
        en: "Date shared",
    },
    TrackingCsvVerdict => {
        vi: "Kết quả",
        en: "Result",
    },
    TrackingCsvMet => {
        vi: "Số điều kiện đạt",
        en: "Conditions met",
    },
    TrackingCsvAnswered => {
        vi: "Số điều kiện đã trả lời",
        en: "Conditions answered",
    },
    TrackingCsvTotal => {
        vi: "Tổng số điều kiện",
        en: "Conditions in all",
    },
    TrackingCsvGaps => {
        vi: "Điều kiện chưa đạt",
        en: "Conditions not met",
    },
    TrackingCsvLink => {
        vi: "Liên kết kết quả",
        en: "Result link",
    },
    /// A cell that meets every condition (the table, the CSV export).
    TrackingVerdictMeets => {
        vi: "Đủ điều kiện đề nghị công nhận",
        en: "Can be proposed for recognition",
    },
    /// A cell that does not meet every condition yet.
    TrackingVerdictNotYet => {
        vi: "Chưa đủ điều kiện",
        en: "Not every condition met yet",
    },
    /// A stored or imported tracking list far larger than any real one.
    CollectionTooLarge => {
        vi: "Dữ liệu quá lớn để là một danh sách theo dõi của ứng dụng này nên không được đọc. Không có gì trên máy bị thay đổi.",
        en: "The data is too large to be a tracking list of this app, so it was not read. Nothing on the device changed.",
    },
    /// A tracking list that is not JSON.
    CollectionNotJson => {
        vi: "Dữ liệu này không đọc được (không phải JSON hoặc đã bị hỏng). Không có gì trên máy bị thay đổi.",
        en: "This data cannot be read (not JSON, or damaged). Nothing on the device changed.",
    },
    /// JSON that is not a tracking list.
    CollectionNotACollection => {
        vi: "Đây không phải danh sách theo dõi kết quả xuất từ ứng dụng này. Không có gì trên máy bị thay đổi.",
        en: "This is not a tracking list exported by this app. Nothing on the device changed.",
    },
    /// A tracking list saved by a newer app.
    CollectionNewerFormat => {
        vi: "Danh sách theo dõi này được lưu bằng phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng (mở lại khi có mạng), sau đó thử lại. Không có gì trên máy bị thay đổi.",
        en: "This tracking list was saved by a newer version of the app. Update the app (open it with a connection), then try again. Nothing on the device changed.",
    },
    /// No link of a cell says anything of its record.
    TrackingRecordUnknown => {
        vi: "Các liên kết chưa cho biết chi bộ đã đăng ký hay được thẩm định chưa.",
        en: "The links do not say whether the cell registered or was appraised.",
    },
    /// Whether a period's self-checks reach the target (CSV).
    TrackingTargetReached => {
        vi: "Đã đạt",
        en: "Reached",
    },
    TrackingTargetNotReached => {
        vi: "Chưa đạt",
        en: "Not yet",
    },
    /// Columns of the table's CSV added for the history and the record.
    TrackingCsvMetShare => {
        vi: "Tỷ lệ điều kiện đạt (%)",
        en: "Conditions met (%)",
    },
    TrackingCsvChecks => {
        vi: "Số lần đánh giá",
        en: "Checks",
    },
    TrackingCsvPreviousShared => {
        vi: "Ngày chia sẻ lần trước",
        en: "Previous check shared on",
    },
    TrackingCsvPreviousMet => {
        vi: "Số điều kiện đạt lần trước",
        en: "Conditions met at the previous check",
    },
    TrackingCsvChanges => {
        vi: "Thay đổi so với lần trước",
        en: "Changes since the previous check",
    },
    TrackingCsvMetOverTime => {
        vi: "Số điều kiện đạt qua các lần",
        en: "Conditions met, check by check",
    },
    TrackingCsvRegistered => {
        vi: "Năm đăng ký",
        en: "Year registered",
    },
    TrackingCsvAppraisal => {
        vi: "Kết quả thẩm định",
        en: "Appraisal outcome",
    },
    TrackingCsvAppraisedOn => {
        vi: "Ngày thẩm định",
        en: "Appraised on",
    },
    TrackingCsvDecisionNumber => {
        vi: "Số quyết định",
        en: "Decision number",
    },
    TrackingCsvDecisionDate => {
        vi: "Ngày quyết định",
        en: "Decision date",
    },
    /// Columns of the progress's CSV.
    TrackingCsvPeriod => {
        vi: "Kỳ",
        en: "Period",
    },
    TrackingCsvCells => {
        vi: "Số chi bộ",
        en: "Cells",
    },
    TrackingCsvAssessedInPeriod => {
        vi: "Số chi bộ đánh giá trong kỳ",
        en: "Cells checked in the period",
    },
    TrackingCsvMeeting => {
        vi: "Số chi bộ đạt chuẩn (tự đánh giá)",
        en: "Cells meeting the standard (self-check)",
    },
    TrackingCsvMeetingShare => {
        vi: "Tỷ lệ đạt chuẩn (%)",
        en: "Meeting the standard (%)",
    },
    TrackingCsvRegisteredCells => {
        vi: "Số chi bộ đã đăng ký",
        en: "Cells registered",
    },
    TrackingCsvRecognisedCells => {
        vi: "Số chi bộ được công nhận",
        en: "Cells recognised",
    },
    TrackingCsvRecognisedShare => {
        vi: "Tỷ lệ được công nhận (%)",
        en: "Recognised (%)",
    },
    TrackingCsvTargetMin => {
        vi: "Mục tiêu từ (%)",
        en: "Target from (%)",
    },
    TrackingCsvTargetMax => {
        vi: "Mục tiêu đến (%)",
        en: "Target up to (%)",
    },
    TrackingCsvReachesTarget => {
        vi: "Đạt mục tiêu (theo tự đánh giá)",
        en: "Target reached (by self-check)",
    },
    /// The column of the tracking table's CSV export naming the set a check
    /// was made with ("ben-tre-2021, phiên bản 1, mã kiểm tra bac783de").
    TrackingCsvSet => {
        vi: "Bộ tiêu chí",
        en: "Criteria set",
    },
    /// After the explanation of a pasted link whose set this device lacks or
    /// has with other content.
    TrackingPasteAgainWithSet => {
        vi: "Liên kết này chưa được thêm vào danh sách; khi máy đã có đúng bộ tiêu chí, hãy dán lại liên kết.",
        en: "This link was not added to the list; once this device has the right criteria set, paste the link again.",
    },
}
