//! The sets page's words (`bo-tieu-chi.html`, issue 19): a catalogue of
//! their own, written like [`super::Text`]'s, so that only the sets page's
//! wasm carries them. The app's first load (its wasm holds the whole of
//! `Text`) does not grow by the words of a page it does not show (about
//! 1.2 KB gzip, measured). Sentences with values are in `messages.rs`, at
//! its end, as functions only the sets page calls.

use super::Lang;

catalogue! {
    /// A key of the sets page's catalogue.
    enum SetsText;
    /// The sets page's heading ("Bộ tiêu chí", `bo-tieu-chi.html`).
    SetsHeading => {
        vi: "Bộ tiêu chí",
        en: "Criteria sets",
    },
    SetsIntro => {
        vi: "Bộ tiêu chí là danh sách điều kiện mà bản tự đánh giá dùng. Ứng dụng có sẵn một bộ; bộ tiêu chí do tỉnh công bố được thêm ở đây, từ trang này hoặc từ tệp, và dùng được cả khi không có mạng.",
        en: "A criteria set is the list of conditions an assessment uses. The app comes with one; a set a province publishes is added here, from this site or from a file, and works offline too.",
    },
    SetsOnPhoneHeading => {
        vi: "Bộ tiêu chí trên máy này",
        en: "Criteria sets on this device",
    },
    /// Beside a set that came with the app.
    SetBundled => {
        vi: "Có sẵn trong ứng dụng",
        en: "Comes with the app",
    },
    SetIssuerLabel => {
        vi: "Cơ quan ban hành",
        en: "Issued by",
    },
    SetSourceLabel => {
        vi: "Nguồn",
        en: "Source",
    },
    SetSourceUrlLabel => {
        vi: "Địa chỉ nguồn",
        en: "Source address",
    },
    SetEffectiveLabel => {
        vi: "Thời gian áp dụng",
        en: "In force",
    },
    /// The set's fingerprint, eight hexadecimal digits.
    SetFingerprintLabel => {
        vi: "Mã kiểm tra",
        en: "Check code",
    },
    SetProvincesLabel => {
        vi: "Tỉnh, thành phố áp dụng",
        en: "Provinces",
    },
    /// A set that names no province.
    SetAnyProvince => {
        vi: "Mọi tỉnh, thành phố",
        en: "Any province",
    },
    SetCriteriaLabel => {
        vi: "Số tiêu chí",
        en: "Criteria",
    },
    SetOriginLabel => {
        vi: "Thêm từ",
        en: "Added from",
    },
    SetAddedOnLabel => {
        vi: "Ngày thêm",
        en: "Added on",
    },
    SetRemove => {
        vi: "Gỡ khỏi máy",
        en: "Remove from this device",
    },
    SetRemoved => {
        vi: "Đã gỡ bộ tiêu chí khỏi máy này.",
        en: "The set was removed from this device.",
    },
    SetBundledKept => {
        vi: "Bộ tiêu chí có sẵn trong ứng dụng không gỡ được.",
        en: "A set that comes with the app cannot be removed.",
    },
    SetsPublishedHeading => {
        vi: "Bộ tiêu chí công bố trên trang này",
        en: "Criteria sets published on this site",
    },
    SetsIndexLoading => {
        vi: "Đang đọc danh mục bộ tiêu chí…",
        en: "Reading the list of criteria sets…",
    },
    SetsIndexOffline => {
        vi: "Máy đang không có kết nối mạng, nên chưa xem được các bộ tiêu chí công bố trên trang này. Các bộ đã có trên máy vẫn dùng được.",
        en: "This device has no connection, so the sets published on this site cannot be seen now. The sets on this device still work.",
    },
    SetsIndexEmpty => {
        vi: "Trang này chưa công bố bộ tiêu chí nào.",
        en: "This site has not published any criteria set yet.",
    },
    SetsRetry => {
        vi: "Thử lại",
        en: "Try again",
    },
    /// An entry of the published list: keep that set on this device.
    SetAdd => {
        vi: "Thêm vào máy",
        en: "Add to this device",
    },
    SetOnPhone => {
        vi: "Đã có trên máy này",
        en: "Already on this device",
    },
    SetBadFileName => {
        vi: "Danh mục ghi tên tệp không hợp lệ cho bộ này, nên không tải được.",
        en: "The list gives an invalid file name for this set, so it cannot be fetched.",
    },
    /// Beside the published set that the result she came with needs.
    SetNeededBadge => {
        vi: "Kết quả cần bộ này",
        en: "The result needs this set",
    },
    SetsAdding => {
        vi: "Đang tải và kiểm tra bộ tiêu chí…",
        en: "Fetching and checking the set…",
    },
    SetsFileHeading => {
        vi: "Mở tệp bộ tiêu chí",
        en: "Open a criteria set file",
    },
    SetsFileChoose => {
        vi: "Chọn tệp bộ tiêu chí",
        en: "Choose a set file",
    },
    SetsFileHint => {
        vi: "Tệp .json do cơ quan ban hành gửi. Tệp được kiểm tra trước khi thêm: nếu có lỗi, không thêm gì và các lỗi được liệt kê.",
        en: "A .json file sent by the issuer. It is checked before it is added: if anything is wrong, nothing is added and every problem is listed.",
    },
    SetsFileUnreadable => {
        vi: "Không đọc được tệp đã chọn. Hãy chọn lại.",
        en: "The chosen file could not be read. Please choose it again.",
    },
    SetsProblemsHeading => {
        vi: "Các lỗi trong tệp",
        en: "Problems in the file",
    },
    SetNeededHeading => {
        vi: "Kết quả cần một bộ tiêu chí",
        en: "The result needs a criteria set",
    },
    SetNeededReopen => {
        vi: "Mở lại kết quả",
        en: "Open the result again",
    },
    /// A set could not be kept: the browser's storage is full.
    SetNotKeptFull => {
        vi: "Bộ nhớ của trình duyệt đã đầy nên chưa lưu được bộ tiêu chí; không có gì được thêm. Hãy gỡ bộ tiêu chí không còn dùng rồi thử lại.",
        en: "The browser's storage is full, so the set could not be kept; nothing was added. Remove a set no longer used, then try again.",
    },
    /// A set could not be kept: storage is blocked (private mode).
    SetNotKeptBlocked => {
        vi: "Trình duyệt không cho lưu dữ liệu trên máy (chế độ ẩn danh hoặc bị chặn), nên không thêm được bộ tiêu chí.",
        en: "The browser does not let the app store data (private mode, or blocked), so the set could not be added.",
    },
    SetNotKept => {
        vi: "Không lưu được bộ tiêu chí vào máy; không có gì được thêm.",
        en: "The set could not be kept on this device; nothing was added.",
    },
    /// The stored sets could not be read at all.
    SetsStorageUnreadable => {
        vi: "Không đọc được bộ nhớ của trình duyệt: chỉ hiện các bộ tiêu chí có sẵn trong ứng dụng.",
        en: "The browser's storage could not be read: only the sets that come with the app are shown.",
    },
}
