//! The record's page's words (`ho-so.html`: "Hồ sơ chi bộ", "Các hồ sơ trên
//! máy này" and their forms): a catalogue of their own, written like
//! [`super::Text`]'s, so that only the record's page's wasm carries them and
//! the app's first load (its wasm holds the whole of `Text`) does not. Words
//! the app also says stay in `Text`.

use super::Lang;

catalogue! {
    /// A key of this page's catalogue.
    enum RecordText;
    DeleteDraft => {
        vi: "Xoá",
        en: "Delete",
    },
    CurrentDraft => {
        vi: "Đang mở",
        en: "Open now",
    },
    BackToAssessment => {
        vi: "Quay lại bản đánh giá đang mở",
        en: "Back to the open assessment",
    },
    ExportAll => {
        vi: "Tải tất cả về máy (JSON)",
        en: "Download all (JSON)",
    },
    ImportFile => {
        vi: "Nhập từ tệp JSON",
        en: "Import a JSON file",
    },
    /// The other fields of the registration and appraisal forms.
    RecordRegistrationYear => {
        vi: "Năm đăng ký",
        en: "Year registered for",
    },
    RecordAppraisalBody => {
        vi: "Cơ quan thẩm định",
        en: "Body that appraised",
    },
    /// Help under the body field: the app never assumes who appraises.
    RecordAppraisalBodyHint => {
        vi: "Ghi đúng tên cơ quan đã thẩm định, ví dụ: Đảng ủy xã Lương Hòa. Từ tháng 7/2025 không còn cấp huyện; việc đề nghị, công nhận do cấp ủy xã thực hiện theo quy định của tỉnh.",
        en: "Enter the body that appraised the cell, for example: the Party committee of Lương Hòa commune. Since July 2025 there is no district level; the commune Party committee proposes or decides, as the province rules.",
    },
    RecordDecisionNumber => {
        vi: "Số quyết định",
        en: "Decision number",
    },
    RecordOutcome => {
        vi: "Kết quả thẩm định",
        en: "Outcome of the appraisal",
    },
    /// The note of a finding where the appraisal disagreed.
    RecordFindingNote => {
        vi: "Nhận xét của thẩm định",
        en: "The appraisal's remark",
    },
    RecordNote => {
        vi: "Ghi chú",
        en: "Note",
    },
    /// The list of records: the record screen's button, and the list's heading.
    RecordsHeading => {
        vi: "Các hồ sơ trên máy này",
        en: "Records on this device",
    },
    RecordStandingHeading => {
        vi: "Tình hình của chi bộ",
        en: "Where the cell stands",
    },
    RecordNoStanding => {
        vi: "Chi bộ chưa đăng ký năm nào và chưa có kết quả thẩm định.",
        en: "The cell has not registered for any year and has no appraisal recorded.",
    },
    /// Over the conditions that lapsed and are not met again.
    RecordLapsedHeading => {
        vi: "Điều kiện không còn đạt",
        en: "Conditions that lapsed",
    },
    RecordKeepingHeading => {
        vi: "Giữ vững chuẩn sau khi được công nhận",
        en: "Keeping the standard since the recognition",
    },
    RecordKeepingNoCheck => {
        vi: "Chưa có lần tự đánh giá nào sau khi được công nhận.",
        en: "No check since the recognition yet.",
    },
    RecordChecksHeading => {
        vi: "Các lần tự đánh giá",
        en: "Checks",
    },
    /// Marks the newest check, the one edited in the questionnaire.
    RecordNewestCheck => {
        vi: "Lần mới nhất, đang sửa trong bản đánh giá",
        en: "Newest, edited in the assessment",
    },
    RecordFirstCheck => {
        vi: "Lần tự đánh giá đầu tiên của hồ sơ.",
        en: "The record's first check.",
    },
    /// A check's verdict, short, beside its conditions met.
    RecordCheckMeets => {
        vi: "đủ điều kiện đề nghị công nhận",
        en: "meets every condition",
    },
    RecordCheckShort => {
        vi: "chưa đủ điều kiện",
        en: "not every condition met",
    },
    /// A registration or appraisal saved on the record.
    RecordSaved => {
        vi: "Đã lưu vào hồ sơ chi bộ.",
        en: "Saved on the cell's record.",
    },
    /// Shows an older check's result, read-only.
    RecordViewCheck => {
        vi: "Xem kết quả lần này",
        en: "View this check's result",
    },
    RecordHideCheck => {
        vi: "Ẩn kết quả lần này",
        en: "Hide this check's result",
    },
    /// Closes the record screen to edit the newest check.
    RecordEditNewest => {
        vi: "Sửa lần mới nhất",
        en: "Edit the newest check",
    },
    RecordConditionsHeading => {
        vi: "Từng điều kiện qua các lần",
        en: "Each condition over the checks",
    },
    RecordRegistrationsHeading => {
        vi: "Đăng ký và lộ trình",
        en: "Registration and roadmap",
    },
    RecordNoRegistration => {
        vi: "Chi bộ chưa đăng ký năm nào.",
        en: "The cell has not registered for any year.",
    },
    /// Opens the registration form.
    RecordRegister => {
        vi: "Đăng ký xây dựng chi bộ TSVMTD",
        en: "Register to build toward the standard",
    },
    RecordTasksHeading => {
        vi: "Lộ trình: việc cần làm",
        en: "Roadmap: the tasks",
    },
    RecordTasksHint => {
        vi: "Lấy từ kế hoạch khắc phục của lần tự đánh giá mới nhất; sửa được từng việc: làm gì, ai làm, thời hạn.",
        en: "Taken from the newest check's plan; each task can be edited: what, who, by when.",
    },
    RecordNoTasks => {
        vi: "Lần tự đánh giá mới nhất đạt mọi điều kiện: lộ trình không có việc nào.",
        en: "The newest check meets every condition: the roadmap has no task.",
    },
    RecordNoProgress => {
        vi: "Chưa có lần tự đánh giá nào từ ngày đăng ký.",
        en: "No check since the registration yet.",
    },
    RecordSave => {
        vi: "Lưu",
        en: "Save",
    },
    RecordCancel => {
        vi: "Huỷ",
        en: "Cancel",
    },
    RecordAppraisalsHeading => {
        vi: "Thẩm định",
        en: "Appraisals",
    },
    /// Opens the appraisal form.
    RecordAddAppraisal => {
        vi: "Ghi kết quả thẩm định",
        en: "Record an appraisal",
    },
    /// Opens the appraisal form on one appraisal (its heading too).
    RecordEditAppraisal => {
        vi: "Sửa lần thẩm định này",
        en: "Edit this appraisal",
    },
    /// In the form of an appraisal already recorded.
    RecordRemoveAppraisal => {
        vi: "Xoá lần thẩm định này",
        en: "Remove this appraisal",
    },
    /// The same button once tapped, asking to be sure.
    RecordRemoveForGood => {
        vi: "Xoá hẳn",
        en: "Remove for good",
    },
    RecordRemoveAppraisalConfirm => {
        vi: "Bấm “Xoá hẳn” để xoá lần thẩm định này khỏi hồ sơ; “Huỷ” để giữ lại.",
        en: "Tap “Remove for good” to remove this appraisal from the record; “Cancel” to keep it.",
    },
    RecordAppraisalRemoved => {
        vi: "Đã xoá lần thẩm định khỏi hồ sơ chi bộ.",
        en: "The appraisal was removed from the cell's record.",
    },
    /// Opens the registration form on one registration (its heading too).
    RecordEditRegistration => {
        vi: "Sửa đăng ký này",
        en: "Edit this registration",
    },
    /// In the form of a registration already recorded.
    RecordRemoveRegistration => {
        vi: "Xoá đăng ký này",
        en: "Remove this registration",
    },
    RecordRemoveRegistrationConfirm => {
        vi: "Bấm “Xoá hẳn” để xoá đăng ký này khỏi hồ sơ; “Huỷ” để giữ lại.",
        en: "Tap “Remove for good” to remove this registration from the record; “Cancel” to keep it.",
    },
    RecordRegistrationRemoved => {
        vi: "Đã xoá đăng ký khỏi hồ sơ chi bộ.",
        en: "The registration was removed from the cell's record.",
    },
    RecordFindingsHeading => {
        vi: "Điều kiện thẩm định kết luận khác tự đánh giá",
        en: "Conditions where the appraisal found otherwise",
    },
    RecordFindingsHint => {
        vi: "Chỉ chọn ở điều kiện mà thẩm định kết luận khác lần tự đánh giá được thẩm định; để “Như tự đánh giá” là trùng.",
        en: "Choose only where the appraisal found otherwise than the check it appraised; leave “As the self-check” where it agreed.",
    },
    RecordFindingLabel => {
        vi: "Kết luận của thẩm định",
        en: "The appraisal's finding",
    },
    RecordFindingSame => {
        vi: "Như tự đánh giá",
        en: "As the self-check",
    },
    /// Starts a new check from the newest one.
    RecordRecheck => {
        vi: "Kiểm tra lại",
        en: "Check again",
    },
    RecordRecheckHint => {
        vi: "Bắt đầu lần tự đánh giá mới từ lần gần nhất; các lần trước được giữ nguyên trong hồ sơ.",
        en: "Starts a new check from the latest one; the earlier checks are kept as they are on the record.",
    },
    RecordExport => {
        vi: "Tải hồ sơ về máy",
        en: "Download the record",
    },
    /// The list of records: a new record, for another cell.
    RecordNew => {
        vi: "Hồ sơ mới (chi bộ khác)",
        en: "New record (another cell)",
    },
    /// A card's buttons.
    RecordOpenNewest => {
        vi: "Mở lần mới nhất",
        en: "Open the newest check",
    },
    RecordOpen => {
        vi: "Xem hồ sơ",
        en: "View the record",
    },
    RecordDeleted => {
        vi: "Đã xoá hồ sơ cùng các lần tự đánh giá của hồ sơ.",
        en: "The record and its checks were deleted.",
    },
    RecordsEmpty => {
        vi: "Chưa có hồ sơ nào trên máy này.",
        en: "No record on this device yet.",
    },
    /// The record's page opened with no assessment on this device yet (a
    /// bookmark on a new phone): where to start instead.
    RecordNoneYet => {
        vi: "Chưa có hồ sơ nào trên máy này. Hồ sơ chi bộ có từ bản tự đánh giá đầu tiên: hãy bắt đầu trong ứng dụng.",
        en: "No record on this device yet. A cell's record starts with its first self-assessment: start it in the app.",
    },
    RecordsExportAllHint => {
        vi: "Tệp tải tất cả chứa trọn mọi hồ sơ trên máy này: các lần tự đánh giá, đăng ký và kết quả thẩm định.",
        en: "The download of all holds every record on this device whole: its checks, registrations and appraisals.",
    },
    RecordsImportHint => {
        vi: "Nhận tệp tất cả hồ sơ, tệp một hồ sơ chi bộ, hoặc tệp các bản đánh giá của phiên bản trước (mỗi chi bộ thành một hồ sơ).",
        en: "Takes a file of all records, a cell record file, or a file of assessments from an earlier version (each cell becomes a record).",
    },
}
