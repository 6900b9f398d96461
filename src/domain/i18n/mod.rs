//! The interface text catalogue: every fixed string the user sees, in Vietnamese
//! and English. Components look text up here; they never hold text of their own.
//!
//! The `catalogue!` macro makes a missing translation a compile error: each entry
//! must give both languages. Sentences that carry values are functions in
//! `messages.rs`; numbers are written the language's way by [`numfmt`].
//!
//! This module names nothing else of the crate (`tests/architecture.rs`): its
//! sentences take plain values (counts, years, texts already in the
//! language), and the core's types build them (`LinkError::message`,
//! `ImportReport::message`, …).

mod lang;
mod messages;
pub mod numfmt;
pub mod reasons;
pub mod set_check;

pub use lang::Lang;
pub use messages::*;

/// Writes a catalogue: an enum of keys (`Text` for the one every page
/// carries; a page of its own may have its own, which only its wasm carries,
/// e.g. [`SetsText`]) with `get(lang)`, and its test (every text present,
/// trimmed, translated and exactly the one written).
macro_rules! catalogue {
    ($(#[$enum_doc:meta])* enum $name:ident; $( $(#[$doc:meta])* $key:ident => { vi: $vi:expr, en: $en:expr $(,)? } ),+ $(,)?) => {
        $(#[$enum_doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$doc])* $key, )+
        }

        impl $name {
            /// Every key, in catalogue order.
            pub const ALL: &'static [$name] = &[ $( $name::$key, )+ ];

            /// The text of this key in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                // Every text in one string, Vietnamese then English for each
                // key in order, and where each one ends: two small numbers a
                // key in the wasm rather than two slices (16 bytes), and a
                // table indexed by key, not a match.
                const TEXTS: &str = concat!($( $vi, $en, )+);
                const LENS: &[usize] = &[$( $vi.len(), $en.len(), )+];
                const ENDS: [u16; LENS.len()] = {
                    let mut ends = [0; LENS.len()];
                    let (mut i, mut end) = (0, 0);
                    while i < LENS.len() {
                        end += LENS[i];
                        assert!(end <= u16::MAX as usize, "the catalogue outgrew its u16 table");
                        ends[i] = end as u16;
                        i += 1;
                    }
                    ends
                };
                let i = self as usize * 2 + match lang {
                    Lang::Vi => 0,
                    Lang::En => 1,
                };
                let start = if i == 0 { 0 } else { ENDS[i - 1] as usize };
                TEXTS.get(start..ENDS[i] as usize).unwrap_or_default()
            }

            /// The texts of this key as the catalogue writes them, to check
            /// [`Text::get`] against.
            #[cfg(test)]
            fn source(self) -> [&'static str; 2] {
                const SOURCE: &[[&str; 2]] = &[ $( [$vi, $en], )+ ];
                SOURCE[self as usize]
            }
        }

        /// Every catalogue's check, written with it.
        #[cfg(test)]
        mod catalogue_check {
            use super::*;

            #[test]
            fn every_text_is_present_trimmed_translated_and_exactly_its_own() {
                for &text in $name::ALL {
                    for &lang in Lang::ALL {
                        let s = text.get(lang);
                        assert!(!s.trim().is_empty(), "{text:?} is empty in {lang:?}");
                        assert_eq!(s, s.trim(), "{text:?} has stray spaces in {lang:?}");
                    }
                    // A key left untranslated (English copied into Vietnamese
                    // or back) shows up as the same string twice.
                    assert_ne!(text.get(Lang::Vi), text.get(Lang::En), "{text:?}");
                    assert_eq!([text.get(Lang::Vi), text.get(Lang::En)], text.source());
                }
            }
        }
    };
}

// After the macro, which it uses: the sets page's own words.
mod record_page;
mod result_page;
mod sets_page;
mod shared_result;
mod tracking_page;
pub use record_page::RecordText;
pub use result_page::ResultText;
pub use sets_page::SetsText;
pub use shared_result::SharedText;
pub use tracking_page::TrackingText;

catalogue! {
    /// A key of the catalogue: one fixed piece of interface text.
    enum Text;
    /// The product's full name, the heading of the app shell.
    AppTitle => {
        vi: "Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện",
        en: "Self-assessment of a clean, strong and comprehensive Party cell",
    },
    /// The window / tab title (also `<title>` in `index.html`).
    DocumentTitle => {
        vi: "Tự đánh giá chi bộ TSVMTD",
        en: "TSVMTD Party cell self-assessment",
    },
    /// The language switch: the name of the other language, in that language.
    OtherLanguageName => {
        vi: "English",
        en: "Tiếng Việt",
    },
    /// Accessible description of the language switch.
    SwitchLanguageHint => {
        vi: "Chuyển giao diện sang tiếng Anh",
        en: "Switch the interface to Vietnamese",
    },
    /// Shown while the app loads (also written in `index.html`).
    Loading => {
        vi: "Đang tải ứng dụng…",
        en: "Loading the app…",
    },
    /// Beside "Đang tải ứng dụng…" on a first visit, while the first screen
    /// rendered at build time shows but does not take input yet (`index.html`).
    FirstScreenInert => {
        vi: "Có thể nhập khi tải xong.",
        en: "You can type once it has loaded.",
    },
    /// Shown when JavaScript is off (written in `index.html`, inside `<noscript>`).
    NoScript => {
        vi: "Ứng dụng cần JavaScript để chạy. Vui lòng bật JavaScript trong trình duyệt.",
        en: "The app needs JavaScript to run. Please turn JavaScript on in the browser.",
    },
    /// The banner (a button) shown when a newer release is installed and waiting.
    UpdateReady => {
        vi: "Đã có phiên bản mới — tải lại",
        en: "A new version is ready — reload",
    },
    /// The privacy promise in the footer.
    PrivacyNote => {
        vi: "Dữ liệu chỉ lưu trên máy này, không gửi đi đâu.",
        en: "Your data stays on this device and is sent nowhere.",
    },
    /// Label before the version number in the footer.
    VersionLabel => {
        vi: "Phiên bản",
        en: "Version",
    },
    /// Heading of the screen shown after an unexpected error (also in `index.html`).
    FatalTitle => {
        vi: "Ứng dụng gặp lỗi không mong muốn",
        en: "The app ran into an unexpected error",
    },
    /// Body of the error screen (also in `index.html`).
    FatalBody => {
        vi: "Những gì đã lưu trên máy này vẫn được giữ nguyên. Vui lòng tải lại trang để tiếp tục.",
        en: "What was saved on this device is kept. Please reload the page to continue.",
    },
    /// The reload button of the error screen (also in `index.html`).
    FatalReload => {
        vi: "Tải lại trang",
        en: "Reload the page",
    },
    /// The collapsed technical details of the error screen (also in `index.html`).
    FatalDetails => {
        vi: "Chi tiết kỹ thuật",
        en: "Technical details",
    },

    // --- Profile step --------------------------------------------------------
    /// Heading of the profile step.
    ProfileHeading => {
        vi: "Thông tin chi bộ",
        en: "About the cell",
    },
    /// Help under the profile step's heading.
    ProfileIntro => {
        vi: "Các thông tin này được in trên phiếu tự đánh giá và gửi kèm khi chia sẻ kết quả. Có thể bổ sung sau.",
        en: "These details are printed on the self-assessment form and travel with a shared result. They can be completed later.",
    },
    ProfileCellName => {
        vi: "Tên chi bộ",
        en: "Name of the Party cell",
    },
    ProfileCellNameHint => {
        vi: "Ví dụ: Chi bộ ấp Hòa Thạnh A",
        en: "For example: Chi bộ ấp Hòa Thạnh A",
    },
    ProfileHamlet => {
        vi: "Ấp, khu phố",
        en: "Hamlet or neighbourhood",
    },
    ProfileCommune => {
        vi: "Xã, phường",
        en: "Commune or ward",
    },
    ProfileProvince => {
        vi: "Tỉnh, thành phố",
        en: "Province or city",
    },
    ProfileYear => {
        vi: "Năm đánh giá",
        en: "Year of the assessment",
    },
    ProfileAssessor => {
        vi: "Người đánh giá",
        en: "Assessed by",
    },
    ProfileAssessorHint => {
        vi: "Họ tên và chức vụ, ví dụ: Nguyễn Văn A, bí thư chi bộ",
        en: "Name and role, for example: Nguyễn Văn A, cell secretary",
    },
    ProfileCommuneRecognised => {
        vi: "Xã, phường đã được công nhận đạt chuẩn nông thôn mới hoặc đô thị văn minh chưa?",
        en: "Is the commune or ward recognised as a new rural area or a civilised urban area?",
    },
    ProfileCommuneRecognisedHint => {
        vi: "Nếu đã được công nhận, mục tiêu là 100% chi bộ ấp, khu phố đạt chuẩn.",
        en: "If it is, the target is 100% of its hamlet and neighbourhood cells.",
    },
    ProfileRecognisedYes => {
        vi: "Đã được công nhận",
        en: "Yes, recognised",
    },
    ProfileRecognisedNo => {
        vi: "Chưa được công nhận",
        en: "Not yet",
    },
    // Issue 19: the criteria set on the profile step.
    SetChoiceLabel => {
        vi: "Bộ tiêu chí",
        en: "Criteria set",
    },
    /// Under the choice of set.
    SetChoiceHint => {
        vi: "Khi chưa trả lời tiêu chí nào, bộ tiêu chí được chọn theo tỉnh và năm đánh giá: bộ mới nhất đang có hiệu lực. Đã trả lời rồi thì bản tự đánh giá giữ bộ đang dùng.",
        en: "Until a condition is answered, the set follows the province and year assessed: the newest set in force there. Once answered, the assessment keeps its set.",
    },
    /// The link to the sets page.
    SetsPageLink => {
        vi: "Xem, thêm bộ tiêu chí",
        en: "See or add criteria sets",
    },
    // --- Navigation ----------------------------------------------------------
    NavBack => {
        vi: "Quay lại",
        en: "Back",
    },
    NavNext => {
        vi: "Tiếp theo",
        en: "Next",
    },
    NavToResult => {
        vi: "Xem kết quả",
        en: "See the result",
    },
    /// The disclosure that lists every step, to jump to one.
    StepListLabel => {
        vi: "Danh sách các bước",
        en: "All steps",
    },
    /// Accessible name of the navigation region with Back / Next.
    StepNavLabel => {
        vi: "Chuyển bước",
        en: "Step navigation",
    },
    /// Heading of the result step (and its entry in the step list).
    ResultHeading => {
        vi: "Kết quả tự đánh giá",
        en: "Result of the self-assessment",
    },
    // --- Criterion step --------------------------------------------------------
    /// The collapsed exact wording of the source.
    SourceWording => {
        vi: "Nguyên văn điều kiện",
        en: "Wording of the source (Vietnamese)",
    },
    StatusHeading => {
        vi: "Đánh giá điều kiện này",
        en: "This condition",
    },
    NotesLabel => {
        vi: "Ghi chú, minh chứng",
        en: "Notes and evidence",
    },
    NotesHint => {
        vi: "Ví dụ: số, ngày của nghị quyết, biên bản; nơi lưu hồ sơ.",
        en: "For example: number and date of a resolution or minutes; where the file is kept.",
    },
    EvidenceHeading => {
        vi: "Minh chứng nên chuẩn bị",
        en: "Evidence to prepare",
    },
    AnswerYes => {
        vi: "Có",
        en: "Yes",
    },
    AnswerNo => {
        vi: "Không",
        en: "No",
    },
    PartHolds => {
        vi: "Đúng",
        en: "True",
    },
    PartNotYet => {
        vi: "Chưa đúng",
        en: "Not yet",
    },
    ItemLabel => {
        vi: "Mục",
        en: "Item",
    },
    AddItem => {
        vi: "Thêm mục",
        en: "Add an item",
    },
    RemoveItem => {
        vi: "Xoá mục",
        en: "Remove item",
    },
    RatingsLegend => {
        vi: "Xếp loại chất lượng chi bộ từng năm",
        en: "The cell's quality rating, year by year",
    },
    RatingsHint => {
        vi: "Ghi mỗi năm một dòng, năm gần nhất trước. Điểm theo thang 100 (Quy định 366-QĐ/TW) nếu có, ví dụ 92,5.",
        en: "One line per year, latest first. The 100-point score (Regulation 366-QĐ/TW) if there is one, e.g. 92.5.",
    },
    RatingYear => {
        vi: "Năm",
        en: "Year",
    },
    RatingLevelLabel => {
        vi: "Xếp loại",
        en: "Rating",
    },
    RatingScore => {
        vi: "Điểm (nếu có)",
        en: "Score (if any)",
    },
    NotChosen => {
        vi: "— Chưa chọn —",
        en: "— Not chosen —",
    },
    AddYear => {
        vi: "Thêm năm",
        en: "Add a year",
    },
    RemoveYear => {
        vi: "Xoá năm",
        en: "Remove year",
    },
    HouseholdsTotal => {
        vi: "Tổng số hộ của ấp, khu phố",
        en: "Households in the hamlet in total",
    },
    PoorHouseholds => {
        vi: "Số hộ nghèo",
        en: "Poor households",
    },
    NearPoorHouseholds => {
        vi: "Số hộ cận nghèo",
        en: "Near-poor households",
    },
    PoorProtected => {
        vi: "Trong số hộ nghèo: hộ thuộc diện bảo trợ xã hội",
        en: "Of the poor households: under social protection",
    },
    NearPoorProtected => {
        vi: "Trong số hộ cận nghèo: hộ thuộc diện bảo trợ xã hội",
        en: "Of the near-poor households: under social protection",
    },
    ProtectedChoiceLegend => {
        vi: "Khi tính tỷ lệ của ấp, có trừ hộ bảo trợ xã hội không?",
        en: "Are social-protection households left out of the hamlet's rates?",
    },
    ProtectedChoiceHint => {
        vi: "Mỗi địa phương hướng dẫn một cách. Mặc định tính cả hộ bảo trợ xã hội, là cách chặt chẽ hơn.",
        en: "Localities differ. By default they are counted, the stricter reading.",
    },
    ProtectedIncluded => {
        vi: "Không trừ: tính cả hộ bảo trợ xã hội (mặc định)",
        en: "No: count them (default)",
    },
    ProtectedExcluded => {
        vi: "Có trừ: không tính hộ bảo trợ xã hội, theo hướng dẫn của địa phương",
        en: "Yes: leave them out, as the locality directs",
    },
    ReferenceLabel => {
        vi: "Tỷ lệ bình quân của tỉnh để so sánh",
        en: "The province's average rates to compare with",
    },
    ReferenceCustom => {
        vi: "Tự nhập tỷ lệ khác",
        en: "Type other rates",
    },
    ReferencePoor => {
        vi: "Tỷ lệ hộ nghèo bình quân của tỉnh",
        en: "Province's poor-household rate",
    },
    ReferenceNearPoor => {
        vi: "Tỷ lệ hộ cận nghèo bình quân của tỉnh",
        en: "Province's near-poor-household rate",
    },
    HamletRatesHeading => {
        vi: "Tỷ lệ của ấp, khu phố",
        en: "The hamlet's rates",
    },
    OrgStaffed => {
        vi: "Được củng cố, kiện toàn kịp thời",
        en: "Consolidated and fully staffed in time",
    },
    OrgMeets => {
        vi: "Duy trì họp thường xuyên",
        en: "Meets regularly",
    },
    OrgNotYet => {
        vi: "Chưa",
        en: "Not yet",
    },
    OrgAbsent => {
        vi: "Ấp, khu phố không có tổ chức này",
        en: "The hamlet has no such organisation",
    },
    OrgOtherName => {
        vi: "Tên tổ chức",
        en: "Name of the organisation",
    },
    AddOrg => {
        vi: "Thêm tổ chức khác",
        en: "Add another organisation",
    },
    RemoveOrg => {
        vi: "Xoá tổ chức",
        en: "Remove organisation",
    },
    // --- Result ---------------------------------------------------------------
    VerdictCanPropose => {
        vi: "Chi bộ đủ các điều kiện để đề nghị công nhận chi bộ trong sạch, vững mạnh toàn diện.",
        en: "The cell meets every condition to be proposed for recognition.",
    },
    VerdictCannotPropose => {
        vi: "Chi bộ chưa đủ điều kiện để đề nghị công nhận.",
        en: "The cell does not meet every condition yet.",
    },
    GapsHeading => {
        vi: "Còn thiếu",
        en: "Still missing",
    },
    MetHeading => {
        vi: "Đã đạt",
        en: "Met",
    },
    EditAnswer => {
        vi: "Sửa câu trả lời",
        en: "Edit the answer",
    },
    EarliestYearUnknown => {
        vi: "Chưa tính được năm sớm nhất có thể đề nghị công nhận: cần nhập xếp loại chất lượng chi bộ các năm gần đây.",
        en: "The earliest year to propose the cell cannot be told yet: enter the cell's ratings of recent years.",
    },
    OtherVersionNote => {
        vi: "Các câu trả lời này được lập cho một phiên bản khác của bộ tiêu chí; câu trả lời không còn phù hợp được coi như chưa trả lời.",
        en: "These answers were made for another version of the criteria set; answers that no longer fit count as unanswered.",
    },
    // --- Sharing the result: the options a shared result also names (the rest
    // of the result page's words: `ResultText`, `result_page.rs`) ---------------
    // --- A shared result, opened from a link: what the app says once she kept
    // one (the result's own words: `SharedText`, `shared_result.rs`) ----------
    SharedSaved => {
        vi: "Đã lưu kết quả được gửi thành một bản nháp trên máy này.",
        en: "The result you were sent is saved as one of your drafts.",
    },
    // --- The plan ("dễ làm trước, khó làm sau") ----------------------------------
    PlanHeading => {
        vi: "Kế hoạch khắc phục",
        en: "Plan to close the gaps",
    },
    PlanIntro => {
        vi: "Dễ làm trước, khó làm sau: với mỗi điều kiện chưa đạt, ghi việc cần làm, ai làm, đến khi nào. Việc dễ xếp trước, rồi theo thời hạn.",
        en: "Easy first, hard later: for each condition not met, write what to do, who does it and by when. Easy items come first, then by deadline.",
    },
    PlanNone => {
        vi: "Không còn điều kiện nào chưa đạt, không cần kế hoạch khắc phục.",
        en: "No condition is left unmet; no plan is needed.",
    },
    PlanAction => {
        vi: "Việc cần làm",
        en: "What to do",
    },
    PlanActionHint => {
        vi: "Đã điền sẵn gợi ý của bộ tiêu chí; sửa cho đúng với chi bộ.",
        en: "Prefilled with the criteria set's suggestions; adapt them to the cell.",
    },
    PlanWho => {
        vi: "Người thực hiện",
        en: "Who does it",
    },
    PlanDue => {
        vi: "Thời hạn",
        en: "By when",
    },
    PlanDifficulty => {
        vi: "Mức độ",
        en: "Difficulty",
    },
    PlanDone => {
        vi: "Đã xong",
        en: "Done",
    },
    /// The result step's link to the result page (`ket-qua.html`).
    SendAndPrint => {
        vi: "Gửi kết quả, in phiếu",
        en: "Send the result, print the form",
    },
    SendAndPrintHint => {
        vi: "Liên kết và mã QR để gửi kết quả qua Zalo, tin nhắn; phiếu tự đánh giá để in hoặc lưu thành PDF.",
        en: "A link and a QR code to send the result by Zalo or message; the self-assessment form to print or save as PDF.",
    },
    // --- The commune's view ("Theo dõi") ----------------------------------------
    TrackingButton => {
        vi: "Theo dõi các chi bộ",
        en: "Follow the cells",
    },
    TrackingBack => {
        vi: "Về bản đánh giá của tôi",
        en: "Back to my assessment",
    },
    /// Shown if the bundled criteria cannot be read (tests keep it from happening).
    CriteriaMissing => {
        vi: "Không đọc được bộ tiêu chí đi kèm ứng dụng. Vui lòng tải lại trang hoặc báo cho người quản trị.",
        en: "The criteria bundled with the app cannot be read. Please reload, or tell the maintainers.",
    },
    // --- Drafts and storage -------------------------------------------------------
    /// A draft larger than the app reads back (a very long text pasted into
    /// a note): not saved, still on screen.
    DraftTooLargeToSave => {
        vi: "Bản nháp quá lớn để lưu trên máy, thường do dán một đoạn văn bản rất dài vào ghi chú: thay đổi mới chưa được lưu. Những gì đã nhập vẫn còn trên trang này; hãy rút gọn đoạn văn bản đó, hoặc tải bản sao về máy.",
        en: "The draft is too large to save on the device, usually because a very long text was pasted into a note: new changes are not saved. What you entered is still on this page; shorten that text, or download a copy.",
    },
    StorageFull => {
        vi: "Bộ nhớ của trình duyệt đã đầy: thay đổi mới chưa được lưu vào máy. Những gì đã nhập vẫn còn trên trang này; hãy tải bản sao về máy để không bị mất.",
        en: "The browser's storage is full: new changes are not saved on the device. What you entered is still on this page; download a copy so that nothing is lost.",
    },
    StorageUnavailable => {
        vi: "Trình duyệt không cho lưu dữ liệu trên máy (chế độ ẩn danh hoặc bị chặn). Bản đánh giá chỉ còn trên trang này cho đến khi đóng; hãy tải bản sao về máy.",
        en: "The browser does not let the app store data (private mode, or blocked). The assessment only lives on this page until it is closed; download a copy.",
    },
    StorageFailed => {
        vi: "Không lưu được thay đổi vào máy. Những gì đã nhập vẫn còn trên trang này; hãy tải bản sao về máy.",
        en: "Changes could not be saved on the device. What you entered is still on this page; download a copy.",
    },
    ExportDraft => {
        vi: "Tải bản sao về máy (JSON)",
        en: "Download a copy (JSON)",
    },
    DraftMovedAside => {
        vi: "Có một bản nháp trên máy không đọc được. Bản đó đã được cất riêng, không bị xoá; có thể tải về để nhờ hỗ trợ.",
        en: "A draft on this device could not be read. It was set aside, not deleted; you can download it to ask for help.",
    },
    DraftLeftInPlace => {
        vi: "Có một bản nháp trên máy không đọc được và bộ nhớ đã đầy nên chưa cất riêng được; bản đó vẫn được giữ nguyên.",
        en: "A draft on this device could not be read, and storage is too full to set it aside; it is left as it was.",
    },
    DownloadUnreadable => {
        vi: "Tải bản nháp không đọc được",
        en: "Download the unreadable draft",
    },
    DroppedAnswers => {
        vi: "Một số câu trả lời được lập bằng phiên bản mới hơn của ứng dụng nên không đọc được; các câu trả lời khác vẫn giữ nguyên.",
        en: "Some answers were made by a newer version of the app and could not be read; the other answers are kept.",
    },
    PersistGranted => {
        vi: "Trình duyệt đã đồng ý giữ dữ liệu này lâu dài.",
        en: "The browser agreed to keep this data for good.",
    },
    PersistNotGranted => {
        vi: "Trình duyệt có thể xoá dữ liệu khi máy thiếu bộ nhớ; nên tải bản sao về máy định kỳ.",
        en: "The browser may delete this data when the device runs short of space; download a copy now and then.",
    },
    // --- Drafts list -------------------------------------------------------------
    Undo => {
        vi: "Hoàn tác",
        en: "Undo",
    },
    UntitledDraft => {
        vi: "Chưa có tên chi bộ",
        en: "No cell name yet",
    },
    UpdatedFromOtherTab => {
        vi: "Bản đánh giá này vừa được sửa ở một thẻ khác của trình duyệt; trang đã tải bản mới nhất.",
        en: "This assessment was just changed in another browser tab; the page now shows the newest copy.",
    },
    ConflictCopy => {
        vi: "Bản đánh giá này cũng đang được sửa ở một thẻ khác. Để không ghi đè lên nhau, thay đổi ở thẻ này được lưu thành một bản riêng, có hồ sơ riêng (xem \"Hồ sơ chi bộ\", \"Các hồ sơ trên máy này\").",
        en: "This assessment is also being changed in another tab. So that neither overwrites the other, the changes in this tab were saved as a separate copy, on a record of its own (see \"Cell record\", \"Records on this device\").",
    },
    ImportNotDrafts => {
        vi: "Tệp này không phải bản đánh giá xuất từ ứng dụng này, nên không nhập được. Không có gì trên máy bị thay đổi.",
        en: "This file is not an assessment exported by this app, so it was not imported. Nothing on the device changed.",
    },
    ImportNotJson => {
        vi: "Tệp này không đọc được (không phải JSON hoặc đã bị hỏng), nên không nhập được. Không có gì trên máy bị thay đổi.",
        en: "This file cannot be read (not JSON, or damaged), so it was not imported. Nothing on the device changed.",
    },
    ImportTooLarge => {
        vi: "Tệp quá lớn để là một bản xuất của ứng dụng này. Không có gì trên máy bị thay đổi.",
        en: "The file is too large to be an export of this app. Nothing on the device changed.",
    },
    ImportEmpty => {
        vi: "Tệp không có bản đánh giá nào.",
        en: "The file holds no assessment.",
    },
    MoveToNewerSet => {
        vi: "Chuyển sang phiên bản mới",
        en: "Move to the new version",
    },

    // --- Result links (src/domain/share_link/) --------------------------------------

    // --- Tracking the commune's cells (src/domain/tracking/) ---------------------------
    /// A pasted text without any result link in it.
    TrackingNoLink => {
        vi: "Không tìm thấy liên kết kết quả nào trong đoạn văn bản đã dán.",
        en: "No result link was found in the pasted text.",
    },
    // Issue 15: the app's own readings of the source, said next to the choice
    /// Beside the choice about social-protection households (after
    /// `ProtectedChoiceHint`): the source does not say it, and what leaving
    /// them out does to the rates.
    ProtectedChoiceReading => {
        vi: "Nguồn không nói có trừ các hộ này hay không: đây là cách hiểu của ứng dụng. Nếu chọn trừ, các hộ này được trừ khỏi cả số hộ nghèo, cận nghèo lẫn tổng số hộ của ấp.",
        en: "The source does not say whether to leave them out: this is the app's reading. If they are left out, they leave both the poor and near-poor counts and the hamlet's total.",
    },
    // Issue 15: inside a chat app's own browser (Zalo, Messenger…)
    /// The name of the notice shown in a chat app's own browser, over her draft.
    InAppNoticeLabel => {
        vi: "Mở bằng trình duyệt của điện thoại",
        en: "Open in the phone's browser",
    },
    /// How to take what she typed to the phone's browser.
    InAppTakeDraft => {
        vi: "Để mang theo những gì đã nhập: trước hết tải bản nháp về máy, rồi trong trình duyệt của điện thoại mở \"Hồ sơ chi bộ\", \"Các hồ sơ trên máy này\" và chọn \"Nhập từ tệp JSON\".",
        en: "To take along what you typed: first download the draft, then in the phone's browser open \"Cell record\", \"Records on this device\" and choose \"Import a JSON file\".",
    },
    InAppDownloadDraft => {
        vi: "Tải bản nháp về máy",
        en: "Download the draft",
    },
    /// The link that opens the same address in Chrome (Android).
    InAppOpenInChrome => {
        vi: "Mở bằng Chrome",
        en: "Open in Chrome",
    },
    InAppCopyAddress => {
        vi: "Sao chép địa chỉ",
        en: "Copy the address",
    },
    InAppAddressCopied => {
        vi: "Đã sao chép địa chỉ. Dán vào thanh địa chỉ của trình duyệt.",
        en: "Address copied. Paste it into the browser's address bar.",
    },
    InAppCopyFailed => {
        vi: "Máy không cho sao chép tự động. Hãy mở bằng trình duyệt theo cách ở trên.",
        en: "This browser does not allow copying here. Open the app in the browser as described above.",
    },
    /// Hides the notice for this visit.
    InAppStayHere => {
        vi: "Tiếp tục ở đây",
        en: "Continue here",
    },

    // Issue 15: a mangled address never hangs
    /// Heading of the screen shown when the page was opened at an address that
    /// is not the app's and its files are not there (only in `index.html`).
    WrongAddressTitle => {
        vi: "Địa chỉ này không mở được ứng dụng",
        en: "This address does not open the app",
    },
    /// Body of that screen (only in `index.html`).
    WrongAddressBody => {
        vi: "Địa chỉ có thể đã bị cắt bớt hoặc bị dán thêm chữ vào. Những gì đã lưu trên máy này vẫn được giữ nguyên.",
        en: "The address may have been cut short or had words pasted into it. What was saved on this device is kept.",
    },
    /// The link of that screen to the app's own address (only in `index.html`).
    WrongAddressOpen => {
        vi: "Mở ứng dụng",
        en: "Open the app",
    },

    // Issue 16: words in one place (labels that were written in code)
    /// A condition's verdict (`scoring::Status::label`).
    StatusMet => {
        vi: "Đạt",
        en: "Met",
    },
    StatusNotMet => {
        vi: "Chưa đạt",
        en: "Not met",
    },
    /// Something needed is not answered yet.
    StatusIncomplete => {
        vi: "Chưa đủ thông tin",
        en: "Not enough information",
    },
    /// The answers contradict themselves or the calendar.
    StatusInvalid => {
        vi: "Không hợp lệ",
        en: "Invalid input",
    },
    /// How hard a condition is to reach, in the plan (`criteria::Difficulty::label`).
    DifficultyEasy => {
        vi: "Dễ",
        en: "Easy",
    },
    DifficultyMedium => {
        vi: "Trung bình",
        en: "Medium",
    },
    DifficultyHard => {
        vi: "Khó",
        en: "Hard",
    },
    /// The official names of the yearly rating levels (`criteria::RatingLevel::name`).
    RatingExcellent => {
        vi: "Hoàn thành xuất sắc nhiệm vụ",
        en: "Excellently fulfilled its tasks",
    },
    RatingGood => {
        vi: "Hoàn thành tốt nhiệm vụ",
        en: "Well fulfilled its tasks",
    },
    RatingCompleted => {
        vi: "Hoàn thành nhiệm vụ",
        en: "Fulfilled its tasks",
    },
    RatingNotCompleted => {
        vi: "Không hoàn thành nhiệm vụ",
        en: "Did not fulfil its tasks",
    },
    // Issue 16: the verdicts' fixed reasons (sentences with values: `reasons.rs`)
    ReasonNotAnswered => {
        vi: "Chưa trả lời.",
        en: "Not answered yet.",
    },
    /// A stored answer of another input kind than the criterion's.
    ReasonWrongShape => {
        vi: "Câu trả lời đã lưu không khớp với dạng câu hỏi của tiêu chí này (có thể bộ tiêu chí đã có phiên bản mới); cần trả lời lại.",
        en: "The saved answer does not fit this criterion's question (the criteria set may have a new version); please answer again.",
    },
    ReasonAnswerYes => {
        vi: "Trả lời: có.",
        en: "Answer: yes.",
    },
    ReasonAnswerNo => {
        vi: "Trả lời: không.",
        en: "Answer: no.",
    },
    ReasonNoOrganisation => {
        vi: "Không có tổ chức nào được đánh giá.",
        en: "No organisation was assessed.",
    },
    ReasonNoRatings => {
        vi: "Chưa nhập xếp loại chất lượng của năm nào.",
        en: "No yearly rating entered yet.",
    },
    /// The hamlet's rates count social-protection households (the default).
    ReasonProtectedIncluded => {
        vi: "Tỷ lệ tính cả hộ đang hưởng chính sách bảo trợ xã hội (cách tính chặt hơn).",
        en: "The rates include households receiving social protection (the stricter reading).",
    },
    /// Where rates typed by the user come from, in a reason's brackets.
    ReasonCustomRates => {
        vi: "tỷ lệ do người dùng nhập",
        en: "rates entered by the user",
    },
    /// The household rates' fields as the reasons name them (the poor and
    /// near-poor counts use `PoorHouseholds`, `NearPoorHouseholds`).
    ReasonHouseholds => {
        vi: "Tổng số hộ",
        en: "Households in total",
    },
    ReasonPoorProtected => {
        vi: "Số hộ nghèo đang hưởng bảo trợ xã hội",
        en: "Poor households receiving social protection",
    },
    ReasonNearPoorProtected => {
        vi: "Số hộ cận nghèo đang hưởng bảo trợ xã hội",
        en: "Near-poor households receiving social protection",
    },
    ReasonReferenceRate => {
        vi: "Tỷ lệ tham chiếu",
        en: "Reference rate",
    },

    // Issue 17: the commune's progress over time (src/domain/tracking/, link format 3)
    /// The outcome of an official appraisal (thẩm định).
    AppraisalRecognised => {
        vi: "Công nhận",
        en: "Recognised",
    },
    AppraisalNotRecognised => {
        vi: "Chưa công nhận",
        en: "Not recognised",
    },
    /// The record says the cell has not registered.
    NotRegistered => {
        vi: "Chưa đăng ký",
        en: "Not registered",
    },
    /// The record holds no appraisal.
    NoAppraisal => {
        vi: "Chưa có kết quả thẩm định",
        en: "No appraisal recorded",
    },
    /// Heading of the conditions that changed since the previous check.
    TrackingChangesHeading => {
        vi: "Thay đổi so với lần trước",
        en: "Changes since the previous check",
    },
    TrackingNoChanges => {
        vi: "Không có điều kiện nào thay đổi so với lần trước.",
        en: "No condition changed since the previous check.",
    },

    // Issue 17: the cell's record (hồ sơ chi bộ): key figures, checks over time,
    // registration, appraisal, keeping the standard (sentences with values:
    // the `record_*` and `figure*` functions of `messages.rs`)
    /// A year entered in the ratings with neither a level nor a score that gives one.
    FigureNotRated => {
        vi: "chưa xếp loại",
        en: "not rated",
    },
    /// The key figures of the household rates ("hộ nghèo 3,01%").
    FigurePoorRate => {
        vi: "hộ nghèo",
        en: "poor households",
    },
    FigureNearPoorRate => {
        vi: "hộ cận nghèo",
        en: "near-poor households",
    },
    /// The key figure of a checklist ("nội dung đạt 4/5").
    FigureParts => {
        vi: "nội dung đạt",
        en: "parts that hold",
    },
    /// The key figure of the organisations ("tổ chức đạt cả hai yêu cầu 6/7").
    FigureOrganisations => {
        vi: "tổ chức đạt cả hai yêu cầu",
        en: "organisations meeting both requirements",
    },
    /// The record's date fields (labels of the forms, named by their problems).
    RecordCheckDate => {
        vi: "Ngày tự đánh giá",
        en: "Date of the check",
    },
    RecordRegistrationDate => {
        vi: "Ngày đăng ký",
        en: "Date of registration",
    },
    RecordAppraisalDate => {
        vi: "Ngày thẩm định",
        en: "Date of the appraisal",
    },
    RecordDecisionDate => {
        vi: "Ngày quyết định",
        en: "Date of the decision",
    },
    /// An appraisal's outcome.
    RecordRecognised => {
        vi: "Công nhận",
        en: "Recognised",
    },
    RecordNotRecognised => {
        vi: "Chưa công nhận",
        en: "Not recognised",
    },
    /// The two sides of the side-by-side view.
    RecordOwnCheck => {
        vi: "Tự đánh giá",
        en: "Self-check",
    },
    RecordAppraised => {
        vi: "Thẩm định",
        en: "Appraisal",
    },
    /// What is wrong with an edit of the record (`record::RecordProblem`).
    RecordBodyMissing => {
        vi: "Cơ quan thẩm định: chưa nhập. Ứng dụng không tự điền, hãy ghi đúng tên cơ quan đã thẩm định.",
        en: "Body that appraised: not entered yet. The app never fills it in; enter the body that appraised the cell.",
    },
    RecordFindingNotDecided => {
        vi: "Kết luận của thẩm định về một điều kiện chỉ có thể là đạt hoặc chưa đạt.",
        en: "The appraisal's finding on a condition can only be met or not met.",
    },
    RecordOlderCheckKept => {
        vi: "Lần tự đánh giá này được giữ nguyên như khi làm; chỉ sửa được lần tự đánh giá mới nhất.",
        en: "This check is kept as it was made; only the newest check can be edited.",
    },
    RecordNotFound => {
        vi: "Mục này không còn trong hồ sơ chi bộ (có thể đã được xoá ở một thẻ khác).",
        en: "This is no longer on the cell's record (it may have been removed in another tab).",
    },
    /// A stored record that cannot be read (`record::RecordError`).
    RecordUnreadable => {
        vi: "Có một hồ sơ chi bộ đã lưu không đọc được. Nội dung của hồ sơ được giữ riêng trên máy, không bị xoá.",
        en: "A saved cell record could not be read. Its content is kept aside on this device, not deleted.",
    },
    RecordNewerFormat => {
        vi: "Hồ sơ chi bộ này do một phiên bản mới hơn của ứng dụng tạo ra; hãy tải lại để cập nhật ứng dụng. Nội dung được giữ nguyên.",
        en: "This cell record was made by a newer version of the app; reload to update the app. Its content is kept.",
    },
    /// Parts of a stored record that could not be read.
    RecordPartsSetAside => {
        vi: "Một số phần của hồ sơ chi bộ không đọc được nên tạm bỏ qua; bản gốc được giữ riêng trên máy, không bị xoá.",
        en: "Some parts of the cell record could not be read and are left out; the original is kept aside on this device, not deleted.",
    },
    /// An imported file that is not a record file.
    RecordFileNotARecord => {
        vi: "Tệp này không phải là tệp hồ sơ chi bộ của ứng dụng.",
        en: "This file is not a cell record file of this app.",
    },
    // Issue 17: the record's screens (src/ui/record/, src/ui/records/)
    /// The record screen: its button over the questionnaire, and its heading.
    RecordHeading => {
        vi: "Hồ sơ chi bộ",
        en: "Cell record",
    },

    // Issue 19: link format 4
    // Issue 19: the sets page: its words are a catalogue of their own,
    // `SetsText` (`sets_page.rs`), which only the sets page's wasm carries.
}

/// Shorthand for [`Text::get`].
pub fn t(lang: Lang, text: Text) -> &'static str {
    text.get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_is_the_products_vietnamese_name() {
        assert_eq!(
            t(Lang::Vi, Text::AppTitle),
            "Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện"
        );
    }
}
