//! The bundled criteria sets as constants, baked from `src/domain/criteria/sets/*.json`.
//! Generated: do not edit. After changing a data file, run
//! `cargo test --test criteria_sets -- --ignored` to bake it again (a test fails
//! while this file and the data files differ).

extern crate alloc;

pub static SETS: &[crate::domain::criteria::CriteriaSet] = &[
    crate::domain::criteria::CriteriaSet {
        format: 1u32,
        id: alloc::borrow::Cow::Borrowed("ben-tre-2021"),
        version: 1u32,
        title: crate::domain::criteria::Bilingual {
            vi: alloc::borrow::Cow::Borrowed(
                "Bến Tre 2021: chi bộ ấp, khu phố trong sạch, vững mạnh toàn diện",
            ),
            en: alloc::borrow::Cow::Borrowed(
                "Bến Tre 2021: clean, strong and comprehensive hamlet and neighbourhood Party cells",
            ),
        },
        description: crate::domain::criteria::Bilingual {
            vi: alloc::borrow::Cow::Borrowed(
                "Các điều kiện công nhận chi bộ ấp, khu phố trong sạch, vững mạnh toàn diện do Phó trưởng ban Tổ chức Tỉnh ủy Bến Tre nêu khi trả lời phỏng vấn Báo Đồng Khởi ngày 12/5/2021. Báo chí mô tả quy định đầy đủ gồm “5 tiêu chuẩn và 9 điều kiện”; năm tiêu chuẩn chưa tìm được trong nguồn công khai, nên bộ này gồm các điều kiện mà bài phỏng vấn nêu.",
            ),
            en: alloc::borrow::Cow::Borrowed(
                "The conditions for recognising a hamlet or neighbourhood Party cell as clean, strong and comprehensive, as stated by the deputy head of the Bến Tre Provincial Party Organisation Committee in an interview with Báo Đồng Khởi on 12 May 2021. The press describes the full scheme as “5 standards and 9 conditions”; the five standards were not found in public sources, so this set holds the conditions the interview states.",
            ),
        },
        issuer: alloc::borrow::Cow::Borrowed("Tỉnh ủy Bến Tre"),
        provinces: alloc::borrow::Cow::Borrowed(&[
            alloc::borrow::Cow::Borrowed("Bến Tre"),
            alloc::borrow::Cow::Borrowed("Vĩnh Long"),
        ]),
        source: crate::domain::criteria::Source {
            document: alloc::borrow::Cow::Borrowed(
                "Xây dựng chi bộ ấp, khu phố trong sạch, vững mạnh toàn diện: Quyết tâm, quyết liệt, tạo sự lan tỏa mạnh mẽ (phỏng vấn Phó trưởng ban Tổ chức Tỉnh ủy Trần Văn Thiêm)",
            ),
            published_in: alloc::borrow::Cow::Borrowed("Báo Đồng Khởi"),
            date: alloc::borrow::Cow::Borrowed("2021-05-12"),
            url: None,
            note: crate::domain::criteria::Bilingual {
                vi: alloc::borrow::Cow::Borrowed(
                    "Văn bản gốc của Tỉnh ủy quy định các điều kiện chưa tìm được trong nguồn công khai; lời văn của từng điều kiện được giữ đúng như bài báo.",
                ),
                en: alloc::borrow::Cow::Borrowed(
                    "The Provincial Party Committee's own document was not found in public sources; each condition keeps the article's exact wording.",
                ),
            },
        },
        effective: crate::domain::criteria::Effective {
            from: alloc::borrow::Cow::Borrowed("2021-05-12"),
            until: None,
            note: crate::domain::criteria::Bilingual {
                vi: alloc::borrow::Cow::Borrowed(
                    "Ngày bắt đầu là ngày đăng bài báo; ngày ban hành văn bản gốc chưa xác định được. Từ 1/7/2025 Bến Tre thuộc tỉnh Vĩnh Long mới; ứng dụng dùng bộ điều kiện này cho đến khi có bộ mới.",
                ),
                en: alloc::borrow::Cow::Borrowed(
                    "The start is the article's date; the original document's date is not known. Since 1 July 2025 Bến Tre is part of the new Vĩnh Long province; the app uses this set until a newer one is added.",
                ),
            },
        },
        criteria: alloc::borrow::Cow::Borrowed(&[
            crate::domain::criteria::Criterion {
                id: alloc::borrow::Cow::Borrowed("c1"),
                title: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed("Xếp loại chất lượng chi bộ"),
                    en: alloc::borrow::Cow::Borrowed("Quality rating of the cell"),
                },
                source_text: alloc::borrow::Cow::Borrowed(
                    "chi bộ hoàn thành xuất sắc nhiệm vụ từ 2 năm liên tục trở lên",
                ),
                question: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Chi bộ được xếp loại chất lượng thế nào trong các năm gần đây?",
                    ),
                    en: alloc::borrow::Cow::Borrowed("How was the cell rated in recent years?"),
                },
                help: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Nhập xếp loại chất lượng của chi bộ từng năm, bắt đầu từ năm gần nhất. Đạt khi năm được xếp loại gần nhất và năm liền trước đều “Hoàn thành xuất sắc nhiệm vụ”; một năm không có xếp loại làm ngắt chuỗi. Từ năm 2025, theo Quy định 366-QĐ/TW (30/8/2025), xếp loại dựa trên điểm theo thang 100: từ 90 điểm là hoàn thành xuất sắc, từ 70 đến dưới 90 là hoàn thành tốt, từ 50 đến dưới 70 là hoàn thành, dưới 50 là không hoàn thành nhiệm vụ. Với các năm này chỉ cần nhập điểm, mức xếp loại được suy ra từ điểm; nếu chọn cả mức thì mức phải khớp với điểm. Các năm trước 2025 cần chọn mức xếp loại.",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Enter the cell's quality rating for each year, starting with the most recent. Met when the latest rated year and the year before it are both “Excellently fulfilled its tasks”; a year without a rating breaks the run. From 2025, under Regulation 366-QĐ/TW (30 August 2025), the rating comes from a 100-point score: 90 and above is excellent, 70 to under 90 well fulfilled, 50 to under 70 fulfilled, under 50 not fulfilled. For those years the score alone is enough: the level follows from it; a level chosen as well must agree with the score. Years before 2025 need their level chosen.",
                    ),
                },
                reading: None,
                evidence: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Quyết định hoặc thông báo xếp loại chất lượng tổ chức đảng của đảng ủy cấp trên qua các năm",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "The higher Party committee's decisions or notices rating the cell, year by year",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Báo cáo kiểm điểm, tự đánh giá, xếp loại chất lượng hằng năm của chi bộ",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "The cell's yearly self-review and rating reports",
                        ),
                    },
                ]),
                actions: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Đăng ký phấn đấu hoàn thành xuất sắc nhiệm vụ ngay từ đầu năm, với chỉ tiêu cụ thể",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Commit at the start of the year to an excellent rating, with concrete targets",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Rà soát các nội dung bị trừ điểm hoặc chưa đạt của năm trước để khắc phục",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Review what lowered last year's rating and fix it",
                        ),
                    },
                ]),
                difficulty: crate::domain::criteria::Difficulty::Hard,
                input: crate::domain::criteria::Input::YearlyRatings {
                    level: crate::domain::criteria::RatingLevel::Excellent,
                    consecutive: 2u32,
                    score_scales: alloc::borrow::Cow::Borrowed(&[
                        crate::domain::criteria::ScoreScale {
                            from_year: 2025u16,
                            source: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "Quy định 366-QĐ/TW ngày 30/8/2025",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "Regulation 366-QĐ/TW of 30 August 2025",
                                ),
                            },
                            excellent_tenths: 900u16,
                            good_tenths: 700u16,
                            completed_tenths: 500u16,
                        },
                    ]),
                },
            },
            crate::domain::criteria::Criterion {
                id: alloc::borrow::Cow::Borrowed("c2"),
                title: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Sự đồng thuận của cán bộ, đảng viên và nhân dân",
                    ),
                    en: alloc::borrow::Cow::Borrowed("Consensus of members and households"),
                },
                source_text: alloc::borrow::Cow::Borrowed(
                    "100% cán bộ, đảng viên và hộ dân trong ấp, khu phố đồng thuận, thống nhất với chủ trương của Đảng và Nhà nước",
                ),
                question: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Có cán bộ, đảng viên hoặc hộ dân nào trong ấp, khu phố chưa đồng thuận, thống nhất với chủ trương của Đảng và Nhà nước không?",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Does any cadre, member or household of the hamlet not agree with the policies of the Party and the State?",
                    ),
                },
                help: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Nhập tổng số cán bộ, đảng viên, tổng số hộ dân của ấp, khu phố, và số chưa đồng thuận, thống nhất (ví dụ: còn khiếu kiện kéo dài, không chấp hành chủ trương, chính sách). Đạt khi không có ai chưa đồng thuận.",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Enter the number of cadres and members, the number of households of the hamlet, and how many do not agree (for example: a long-running complaint, refusing to follow a policy). Met when nobody dissents.",
                    ),
                },
                reading: None,
                evidence: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Biên bản họp chi bộ, họp dân; báo cáo tình hình tư tưởng trong nhân dân",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Minutes of cell and residents' meetings; reports on residents' opinions",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Báo cáo của ban công tác Mặt trận về khiếu nại, kiến nghị của người dân (nếu có)",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "The Front committee's report on residents' complaints and petitions, if any",
                        ),
                    },
                ]),
                actions: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Đối thoại, vận động từng hộ chưa đồng thuận; phân công đảng viên phụ trách từng hộ",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Talk with every dissenting household; assign a member to each",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Giải quyết dứt điểm các khó khăn, bức xúc của người dân ngay tại cơ sở",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Settle residents' grievances on the spot",
                        ),
                    },
                ]),
                difficulty: crate::domain::criteria::Difficulty::Medium,
                input: crate::domain::criteria::Input::Counts {
                    rule: crate::domain::criteria::CountRule::None,
                    groups: alloc::borrow::Cow::Borrowed(&[
                        crate::domain::criteria::CountGroup {
                            id: alloc::borrow::Cow::Borrowed("members"),
                            total_label: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed("Tổng số cán bộ, đảng viên"),
                                en: alloc::borrow::Cow::Borrowed("Cadres and members in total"),
                            },
                            counted_label: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "Số cán bộ, đảng viên chưa đồng thuận, thống nhất",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "Cadres and members who do not agree",
                                ),
                            },
                            exempt_label: None,
                            min_total: 1u32,
                            met: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "{total}/{total} cán bộ, đảng viên đồng thuận, thống nhất với chủ trương của Đảng và Nhà nước",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "{total}/{total} cadres and members agree with the policies of the Party and the State",
                                ),
                            },
                            unmet: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "{gap}/{total} cán bộ, đảng viên chưa đồng thuận, thống nhất với chủ trương của Đảng và Nhà nước",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "{gap}/{total} cadres and members do not agree with the policies of the Party and the State",
                                ),
                            },
                        },
                        crate::domain::criteria::CountGroup {
                            id: alloc::borrow::Cow::Borrowed("households"),
                            total_label: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "Tổng số hộ dân trong ấp, khu phố",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "Households of the hamlet in total",
                                ),
                            },
                            counted_label: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "Số hộ dân chưa đồng thuận, thống nhất",
                                ),
                                en: alloc::borrow::Cow::Borrowed("Households that do not agree"),
                            },
                            exempt_label: None,
                            min_total: 1u32,
                            met: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "{total}/{total} hộ dân đồng thuận, thống nhất với chủ trương của Đảng và Nhà nước",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "{total}/{total} households agree with the policies of the Party and the State",
                                ),
                            },
                            unmet: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "{gap}/{total} hộ dân chưa đồng thuận, thống nhất với chủ trương của Đảng và Nhà nước",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "{gap}/{total} households do not agree with the policies of the Party and the State",
                                ),
                            },
                        },
                    ]),
                },
            },
            crate::domain::criteria::Criterion {
                id: alloc::borrow::Cow::Borrowed("c3"),
                title: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed("Phong trào thi đua “Đồng khởi mới”"),
                    en: alloc::borrow::Cow::Borrowed("The “Đồng khởi mới” emulation movement"),
                },
                source_text: alloc::borrow::Cow::Borrowed(
                    "có việc làm, sản phẩm cụ thể trong thực hiện phong trào thi đua “Đồng khởi mới”",
                ),
                question: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Chi bộ có những việc làm, sản phẩm cụ thể nào trong phong trào thi đua “Đồng khởi mới”?",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Which concrete works or products does the cell have in the “Đồng khởi mới” movement?",
                    ),
                },
                help: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Ghi tên từng việc làm, sản phẩm cụ thể (ví dụ: tuyến đường hoa, cây cầu, tuyến đường được bê tông hóa). Đạt khi có ít nhất một.",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Name each concrete work or product (for example: a flower-lined road, a bridge, a paved lane). Met with at least one.",
                    ),
                },
                reading: None,
                evidence: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Báo cáo sơ kết, tổng kết phong trào thi đua “Đồng khởi mới” của ấp, khu phố",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "The hamlet's interim or final report on the “Đồng khởi mới” movement",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Hình ảnh, biên bản nghiệm thu công trình, sản phẩm",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Photos and acceptance records of the works and products",
                        ),
                    },
                ]),
                actions: alloc::borrow::Cow::Borrowed(&[crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Chọn một việc làm vừa sức, có lợi trực tiếp cho người dân, và phân công người phụ trách",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Pick a work within reach that directly benefits residents, and name who leads it",
                    ),
                }]),
                difficulty: crate::domain::criteria::Difficulty::Easy,
                input: crate::domain::criteria::Input::NamedItems {
                    min: 1u32,
                    unit: crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "việc làm, sản phẩm cụ thể trong thực hiện phong trào thi đua “Đồng khởi mới”",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "concrete works or products in the “Đồng khởi mới” emulation movement",
                        ),
                    },
                },
            },
            crate::domain::criteria::Criterion {
                id: alloc::borrow::Cow::Borrowed("c4"),
                title: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed("Phân công nhiệm vụ cho đảng viên"),
                    en: alloc::borrow::Cow::Borrowed("A task for every member"),
                },
                source_text: alloc::borrow::Cow::Borrowed(
                    "100% đảng viên được phân công nhiệm vụ và có việc làm cụ thể thực hiện khẩu hiệu “Đảng viên đi trước, làng nước theo sau”",
                ),
                question: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Bao nhiêu đảng viên đã được phân công nhiệm vụ và có việc làm cụ thể?",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "How many members have an assigned task and a concrete piece of work?",
                    ),
                },
                help: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Nhập tổng số đảng viên của chi bộ và số đảng viên đã được phân công nhiệm vụ, có việc làm cụ thể thực hiện khẩu hiệu “Đảng viên đi trước, làng nước theo sau”. Đạt khi tất cả đảng viên đều được phân công nhiệm vụ và có việc làm cụ thể.",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Enter the cell's number of members and how many have an assigned task with concrete work under the slogan “Members lead, the village follows”. Met when every member has both.",
                    ),
                },
                reading: None,
                evidence: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Nghị quyết, biên bản họp chi bộ phân công nhiệm vụ cho đảng viên",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Cell resolutions and minutes assigning tasks to members",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Sổ theo dõi việc đảng viên thực hiện nhiệm vụ được phân công",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "The register of members' assigned tasks and their progress",
                        ),
                    },
                ]),
                actions: alloc::borrow::Cow::Borrowed(&[crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Phân công nhiệm vụ cụ thể, phù hợp với sức khỏe và hoàn cảnh của từng đảng viên, ghi vào nghị quyết chi bộ",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Give every member a concrete task suited to their health and circumstances, recorded in a cell resolution",
                    ),
                }]),
                difficulty: crate::domain::criteria::Difficulty::Easy,
                input: crate::domain::criteria::Input::Counts {
                    rule: crate::domain::criteria::CountRule::All,
                    groups: alloc::borrow::Cow::Borrowed(&[crate::domain::criteria::CountGroup {
                        id: alloc::borrow::Cow::Borrowed("members"),
                        total_label: crate::domain::criteria::Bilingual {
                            vi: alloc::borrow::Cow::Borrowed("Tổng số đảng viên của chi bộ"),
                            en: alloc::borrow::Cow::Borrowed("Members of the cell in total"),
                        },
                        counted_label: crate::domain::criteria::Bilingual {
                            vi: alloc::borrow::Cow::Borrowed(
                                "Số đảng viên đã được phân công nhiệm vụ và có việc làm cụ thể",
                            ),
                            en: alloc::borrow::Cow::Borrowed(
                                "Members with an assigned task and concrete work",
                            ),
                        },
                        exempt_label: None,
                        min_total: 1u32,
                        met: crate::domain::criteria::Bilingual {
                            vi: alloc::borrow::Cow::Borrowed(
                                "{counted}/{total} đảng viên đã được phân công nhiệm vụ và có việc làm cụ thể",
                            ),
                            en: alloc::borrow::Cow::Borrowed(
                                "{counted}/{total} members have an assigned task and concrete work",
                            ),
                        },
                        unmet: crate::domain::criteria::Bilingual {
                            vi: alloc::borrow::Cow::Borrowed(
                                "{gap}/{total} đảng viên chưa được phân công nhiệm vụ và có việc làm cụ thể",
                            ),
                            en: alloc::borrow::Cow::Borrowed(
                                "{gap}/{total} members do not yet have an assigned task and concrete work",
                            ),
                        },
                    }]),
                },
            },
            crate::domain::criteria::Criterion {
                id: alloc::borrow::Cow::Borrowed("c5"),
                title: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Mô hình sản xuất, kinh doanh, dịch vụ theo hướng bền vững",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "A model for production, business or services, toward sustainability",
                    ),
                },
                source_text: alloc::borrow::Cow::Borrowed(
                    "Có ít nhất 1 mô hình tại ấp, khu phố để phát triển sản xuất, kinh doanh, dịch vụ theo hướng bền vững",
                ),
                question: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Ấp, khu phố có những mô hình phát triển sản xuất, kinh doanh, dịch vụ theo hướng bền vững nào?",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Which models for sustainable production, business or services does the hamlet have?",
                    ),
                },
                help: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Ghi tên từng mô hình đang hoạt động tại ấp, khu phố (ví dụ: tổ hợp tác trồng bưởi, mô hình nuôi dê). Đạt khi có ít nhất một.",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Name each model running in the hamlet (for example: a pomelo growers' cooperative group, goat farming). Met with at least one.",
                    ),
                },
                reading: None,
                evidence: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Báo cáo về từng mô hình: quy mô, số hộ tham gia, hiệu quả",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "A report on each model: size, households taking part, results",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Xác nhận của xã, phường hoặc của hợp tác xã, tổ hợp tác",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Confirmation by the commune or by the cooperative",
                        ),
                    },
                ]),
                actions: alloc::borrow::Cow::Borrowed(&[crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Chọn một mô hình đã có hiệu quả ở địa phương để nhân rộng; liên kết với hợp tác xã, tổ hợp tác",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Pick a model that already works locally and extend it; link up with a cooperative",
                    ),
                }]),
                difficulty: crate::domain::criteria::Difficulty::Medium,
                input: crate::domain::criteria::Input::NamedItems {
                    min: 1u32,
                    unit: crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "mô hình phát triển sản xuất, kinh doanh, dịch vụ theo hướng bền vững",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "models to develop production, business or services toward sustainability",
                        ),
                    },
                },
            },
            crate::domain::criteria::Criterion {
                id: alloc::borrow::Cow::Borrowed("c6"),
                title: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed("Tỷ lệ hộ nghèo, cận nghèo"),
                    en: alloc::borrow::Cow::Borrowed("Poor and near-poor household rates"),
                },
                source_text: alloc::borrow::Cow::Borrowed(
                    "tỷ lệ hộ nghèo, cận nghèo thấp hơn tỷ lệ bình quân chung của tỉnh",
                ),
                question: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo của ấp, khu phố có thấp hơn tỷ lệ bình quân chung của tỉnh không?",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Are the hamlet's poor and near-poor household rates lower than the province's average rates?",
                    ),
                },
                help: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Nhập tổng số hộ, số hộ nghèo, số hộ cận nghèo theo kết quả rà soát gần nhất, và số hộ trong đó đang hưởng chính sách bảo trợ xã hội. Mỗi tỷ lệ được tính với hai chữ số thập phân và phải thấp hơn tỷ lệ của tỉnh: bằng nhau là chưa đạt. Có nơi không tính hộ đang hưởng bảo trợ xã hội vào tỷ lệ của ấp; mặc định ứng dụng tính cả (cách tính chặt hơn), hãy chọn theo hướng dẫn của địa phương. Tỷ lệ của tỉnh có sẵn theo số liệu đã công bố và có thể sửa theo số liệu mới nhất.",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Enter the number of households, of poor and of near-poor households from the latest survey, and how many of those receive social protection. Each rate is computed to two decimals and must be lower than the province's: equal is not met. Some localities leave social-protection households out of the hamlet's rate; by default the app counts them (the stricter reading): choose what your locality's guidance says. The province's rates come from published figures and can be changed to the latest ones.",
                    ),
                },
                reading: None,
                evidence: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Danh sách hộ nghèo, cận nghèo theo kết quả rà soát hằng năm của xã, phường",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "The commune's yearly list of poor and near-poor households",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Danh sách hộ đang hưởng chính sách bảo trợ xã hội",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "The list of households receiving social protection",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Văn bản công bố tỷ lệ hộ nghèo, cận nghèo bình quân của tỉnh",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "The published provincial poor and near-poor rates",
                        ),
                    },
                ]),
                actions: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Lập danh sách từng hộ nghèo, cận nghèo với nguyên nhân và người được phân công giúp đỡ",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "List every poor and near-poor household with its cause and the person assigned to help",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Vận động nguồn lực, hỗ trợ sinh kế, vốn vay để các hộ thoát nghèo bền vững",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Mobilise resources, livelihoods support and loans so households leave poverty for good",
                        ),
                    },
                ]),
                difficulty: crate::domain::criteria::Difficulty::Hard,
                input: crate::domain::criteria::Input::HouseholdRates {
                    references: alloc::borrow::Cow::Borrowed(&[
                        crate::domain::criteria::ReferenceRates {
                            id: alloc::borrow::Cow::Borrowed("ben-tre-2021"),
                            region: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed("Bến Tre"),
                                en: alloc::borrow::Cow::Borrowed("Bến Tre"),
                            },
                            as_of: alloc::borrow::Cow::Borrowed("2021-12-31"),
                            poor_bp: 426u32,
                            near_poor_bp: 424u32,
                            source: alloc::borrow::Cow::Borrowed("Thời báo Tài chính Việt Nam"),
                            published: None,
                            note: Some(crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "Tỷ lệ hộ cận nghèo 4,24% là số được công bố; 15.996 hộ trên khoảng 400.496 hộ chỉ là 3,99%. Nên đối chiếu với số liệu chính thức của địa phương.",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "The near-poor rate of 4.24% is the published figure; 15,996 of about 400,496 households is only 3.99%. Check it against your locality's official figure.",
                                ),
                            }),
                        },
                        crate::domain::criteria::ReferenceRates {
                            id: alloc::borrow::Cow::Borrowed("ben-tre-2023"),
                            region: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed("Bến Tre"),
                                en: alloc::borrow::Cow::Borrowed("Bến Tre"),
                            },
                            as_of: alloc::borrow::Cow::Borrowed("2023-12-31"),
                            poor_bp: 263u32,
                            near_poor_bp: 259u32,
                            source: alloc::borrow::Cow::Borrowed("VietNamNet"),
                            published: None,
                            note: None,
                        },
                        crate::domain::criteria::ReferenceRates {
                            id: alloc::borrow::Cow::Borrowed("vinh-long-2025"),
                            region: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "Vĩnh Long (sau hợp nhất năm 2025)",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "Vĩnh Long (after the 2025 merger)",
                                ),
                            },
                            as_of: alloc::borrow::Cow::Borrowed("2025-12-31"),
                            poor_bp: 88u32,
                            near_poor_bp: 194u32,
                            source: alloc::borrow::Cow::Borrowed("Thanh Niên"),
                            published: Some(alloc::borrow::Cow::Borrowed("2026-01-30")),
                            note: None,
                        },
                    ]),
                },
            },
            crate::domain::criteria::Criterion {
                id: alloc::borrow::Cow::Borrowed("c7"),
                title: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed("Đảng viên là chủ hộ nghèo, cận nghèo"),
                    en: alloc::borrow::Cow::Borrowed(
                        "Members heading poor or near-poor households",
                    ),
                },
                source_text: alloc::borrow::Cow::Borrowed(
                    "không có đảng viên là chủ hộ nghèo, cận nghèo (trừ các hộ nghèo, cận nghèo thuộc diện đang hưởng chính sách bảo trợ xã hội)",
                ),
                question: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Có đảng viên nào là chủ hộ nghèo, cận nghèo không?",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Does any member head a poor or near-poor household?",
                    ),
                },
                help: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Đếm các đảng viên đang là chủ hộ nghèo hoặc hộ cận nghèo, và số trong đó có hộ thuộc diện đang hưởng chính sách bảo trợ xã hội (những hộ này được trừ ra). Đạt khi không còn đảng viên nào là chủ hộ nghèo, cận nghèo, trừ các hộ thuộc diện đang hưởng chính sách bảo trợ xã hội.",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Count the members who head a poor or near-poor household, and how many of those households receive social protection (they are excused). Met when no member heads a poor or near-poor household outside social protection.",
                    ),
                },
                reading: None,
                evidence: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Đối chiếu danh sách đảng viên với danh sách hộ nghèo, cận nghèo",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "The member list checked against the list of poor and near-poor households",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Quyết định hưởng chính sách bảo trợ xã hội của các hộ được trừ",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "The social-protection decisions for the excused households",
                        ),
                    },
                ]),
                actions: alloc::borrow::Cow::Borrowed(&[crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Phân công chi ủy viên giúp từng đảng viên là chủ hộ nghèo, cận nghèo xây dựng kế hoạch thoát nghèo",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Assign a committee member to help each member heading a poor household plan a way out of poverty",
                    ),
                }]),
                difficulty: crate::domain::criteria::Difficulty::Hard,
                input: crate::domain::criteria::Input::Counts {
                    rule: crate::domain::criteria::CountRule::None,
                    groups: alloc::borrow::Cow::Borrowed(&[crate::domain::criteria::CountGroup {
                        id: alloc::borrow::Cow::Borrowed("members"),
                        total_label: crate::domain::criteria::Bilingual {
                            vi: alloc::borrow::Cow::Borrowed("Tổng số đảng viên của chi bộ"),
                            en: alloc::borrow::Cow::Borrowed("Members of the cell in total"),
                        },
                        counted_label: crate::domain::criteria::Bilingual {
                            vi: alloc::borrow::Cow::Borrowed(
                                "Số đảng viên là chủ hộ nghèo, cận nghèo",
                            ),
                            en: alloc::borrow::Cow::Borrowed(
                                "Members who head a poor or near-poor household",
                            ),
                        },
                        exempt_label: Some(crate::domain::criteria::Bilingual {
                            vi: alloc::borrow::Cow::Borrowed(
                                "Trong đó, số hộ đang hưởng chính sách bảo trợ xã hội",
                            ),
                            en: alloc::borrow::Cow::Borrowed(
                                "Of those, households receiving social protection",
                            ),
                        }),
                        min_total: 1u32,
                        met: crate::domain::criteria::Bilingual {
                            vi: alloc::borrow::Cow::Borrowed(
                                "{gap}/{total} đảng viên là chủ hộ nghèo, cận nghèo, trừ các hộ thuộc diện đang hưởng chính sách bảo trợ xã hội ({counted} đảng viên là chủ hộ nghèo, cận nghèo, trong đó {exempt} hộ thuộc diện này)",
                            ),
                            en: alloc::borrow::Cow::Borrowed(
                                "{gap}/{total} members head a poor or near-poor household, not counting households receiving social protection ({counted} members head a poor or near-poor household, {exempt} of those households receiving it)",
                            ),
                        },
                        unmet: crate::domain::criteria::Bilingual {
                            vi: alloc::borrow::Cow::Borrowed(
                                "{gap}/{total} đảng viên là chủ hộ nghèo, cận nghèo, trừ các hộ thuộc diện đang hưởng chính sách bảo trợ xã hội ({counted} đảng viên là chủ hộ nghèo, cận nghèo, trong đó {exempt} hộ thuộc diện này)",
                            ),
                            en: alloc::borrow::Cow::Borrowed(
                                "{gap}/{total} members head a poor or near-poor household, not counting households receiving social protection ({counted} members head a poor or near-poor household, {exempt} of those households receiving it)",
                            ),
                        },
                    }]),
                },
            },
            crate::domain::criteria::Criterion {
                id: alloc::borrow::Cow::Borrowed("c8"),
                title: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Chính quyền, Mặt trận, đoàn thể ở ấp, khu phố",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Hamlet government, Front and mass organisations",
                    ),
                },
                source_text: alloc::borrow::Cow::Borrowed(
                    "Chính quyền, ban công tác Mặt trận và các đoàn thể của ấp, khu phố, tổ nhân dân tự quản được củng cố, kiện toàn kịp thời và duy trì họp thường xuyên",
                ),
                question: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Từng tổ chức ở ấp, khu phố đã được củng cố, kiện toàn kịp thời và có duy trì họp thường xuyên không?",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Is each organisation of the hamlet consolidated and fully staffed in good time, and does it meet regularly?",
                    ),
                },
                help: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Với mỗi tổ chức, trả lời hai ý: đã được củng cố, kiện toàn kịp thời (đủ người, có người đứng đầu), và có duy trì họp thường xuyên. Tổ chức không có ở địa phương thì đánh dấu “không có”; chính quyền ấp, ban công tác Mặt trận và tổ nhân dân tự quản thì phải có. Có thể thêm tổ chức khác.",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "For each organisation answer two things: is it consolidated and fully staffed in good time (enough people, a head), and does it meet regularly. Mark an organisation the hamlet does not have as “none”; the hamlet government, the Front committee and the self-managed residents' groups must exist. Other organisations can be added.",
                    ),
                },
                reading: Some(crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Nguồn chỉ ghi chung “các đoàn thể của ấp, khu phố”, không kể tên từng đoàn thể. Bốn đoàn thể dưới đây (Chi hội Nông dân, Chi hội Phụ nữ, Chi đoàn Thanh niên, Chi hội Cựu chiến binh) là cách hiểu của bộ tiêu chí này, không phải lời của nguồn: ấp, khu phố không có đoàn thể nào thì đánh dấu là không có, có đoàn thể khác thì thêm vào.",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "The source only says “the mass organisations of the hamlet”, without naming them. The four below (the farmers', women's, youth and veterans' branches) are this criteria set's reading, not the source's words: mark any the hamlet does not have, and add any other it has.",
                    ),
                }),
                evidence: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Quyết định kiện toàn, danh sách ban điều hành hoặc ban chấp hành của từng tổ chức",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Decisions consolidating each organisation and the list of its leadership",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed("Sổ ghi biên bản họp của từng tổ chức"),
                        en: alloc::borrow::Cow::Borrowed(
                            "Each organisation's book of meeting minutes",
                        ),
                    },
                ]),
                actions: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Kiện toàn ngay các tổ chức còn thiếu người đứng đầu hoặc thiếu thành viên",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Fill at once the posts left empty in any organisation",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Lập lịch họp định kỳ cho từng tổ chức và phân công chi ủy viên dự họp",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Set a regular meeting calendar for each organisation and assign a committee member to attend",
                        ),
                    },
                ]),
                difficulty: crate::domain::criteria::Difficulty::Easy,
                input: crate::domain::criteria::Input::Organisations {
                    organisations: alloc::borrow::Cow::Borrowed(&[
                        crate::domain::criteria::Organisation {
                            id: alloc::borrow::Cow::Borrowed("government"),
                            name: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "Chính quyền ấp, khu phố (trưởng ấp, trưởng khu phố)",
                                ),
                                en: alloc::borrow::Cow::Borrowed("Hamlet government (hamlet head)"),
                            },
                            required: true,
                        },
                        crate::domain::criteria::Organisation {
                            id: alloc::borrow::Cow::Borrowed("front"),
                            name: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed("Ban công tác Mặt trận"),
                                en: alloc::borrow::Cow::Borrowed("Fatherland Front committee"),
                            },
                            required: true,
                        },
                        crate::domain::criteria::Organisation {
                            id: alloc::borrow::Cow::Borrowed("farmers"),
                            name: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed("Chi hội Nông dân"),
                                en: alloc::borrow::Cow::Borrowed("Farmers' association branch"),
                            },
                            required: false,
                        },
                        crate::domain::criteria::Organisation {
                            id: alloc::borrow::Cow::Borrowed("women"),
                            name: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed("Chi hội Phụ nữ"),
                                en: alloc::borrow::Cow::Borrowed("Women's union branch"),
                            },
                            required: false,
                        },
                        crate::domain::criteria::Organisation {
                            id: alloc::borrow::Cow::Borrowed("youth"),
                            name: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed("Chi đoàn Thanh niên"),
                                en: alloc::borrow::Cow::Borrowed("Youth union branch"),
                            },
                            required: false,
                        },
                        crate::domain::criteria::Organisation {
                            id: alloc::borrow::Cow::Borrowed("veterans"),
                            name: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed("Chi hội Cựu chiến binh"),
                                en: alloc::borrow::Cow::Borrowed("Veterans' association branch"),
                            },
                            required: false,
                        },
                        crate::domain::criteria::Organisation {
                            id: alloc::borrow::Cow::Borrowed("self_managed"),
                            name: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed("Các tổ nhân dân tự quản"),
                                en: alloc::borrow::Cow::Borrowed("Self-managed residents' groups"),
                            },
                            required: true,
                        },
                    ]),
                },
            },
            crate::domain::criteria::Criterion {
                id: alloc::borrow::Cow::Borrowed("c9"),
                title: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed("An ninh trật tự"),
                    en: alloc::borrow::Cow::Borrowed("Security and public order"),
                },
                source_text: alloc::borrow::Cow::Borrowed(
                    "Địa bàn không có xảy ra tội phạm nghiêm trọng, không có tụ điểm, băng nhóm, tệ nạn xã hội; không phát sinh người nghiện ma túy, mại dâm và các tệ nạn xã hội khác; quản lý tốt đối tượng cai nghiện tại gia đình và cộng đồng; có mô hình an ninh trật tự hiệu quả",
                ),
                question: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Tình hình an ninh trật tự trên địa bàn có đáp ứng từng yêu cầu sau không?",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Does security and order in the area meet each of the following?",
                    ),
                },
                help: crate::domain::criteria::Bilingual {
                    vi: alloc::borrow::Cow::Borrowed(
                        "Trả lời riêng từng ý, theo số liệu của công an xã, phường. Đạt khi cả năm ý đều đạt.",
                    ),
                    en: alloc::borrow::Cow::Borrowed(
                        "Answer each part separately, using the commune police's figures. Met when all five hold.",
                    ),
                },
                reading: None,
                evidence: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Báo cáo tình hình an ninh trật tự trên địa bàn ấp, khu phố của công an xã, phường",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "The commune police's report on security and order in the hamlet",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Quyết định thành lập và báo cáo hoạt động của mô hình an ninh trật tự",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "The founding decision and activity reports of the security model",
                        ),
                    },
                ]),
                actions: alloc::borrow::Cow::Borrowed(&[
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Phối hợp với công an xã, phường rà soát đối tượng và điểm phức tạp về an ninh trật tự",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Review people and places of concern together with the commune police",
                        ),
                    },
                    crate::domain::criteria::Bilingual {
                        vi: alloc::borrow::Cow::Borrowed(
                            "Duy trì hoặc lập mới một mô hình an ninh trật tự tự quản",
                        ),
                        en: alloc::borrow::Cow::Borrowed(
                            "Keep up, or set up, a self-managed security model",
                        ),
                    },
                ]),
                difficulty: crate::domain::criteria::Difficulty::Medium,
                input: crate::domain::criteria::Input::Checklist {
                    parts: alloc::borrow::Cow::Borrowed(&[
                        crate::domain::criteria::ChecklistPart {
                            id: alloc::borrow::Cow::Borrowed("serious_crime"),
                            source_text: alloc::borrow::Cow::Borrowed(
                                "không có xảy ra tội phạm nghiêm trọng",
                            ),
                            label: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "Không xảy ra tội phạm nghiêm trọng trên địa bàn",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "No serious crime occurred in the area",
                                ),
                            },
                        },
                        crate::domain::criteria::ChecklistPart {
                            id: alloc::borrow::Cow::Borrowed("hotspots"),
                            source_text: alloc::borrow::Cow::Borrowed(
                                "không có tụ điểm, băng nhóm, tệ nạn xã hội",
                            ),
                            label: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "Không có tụ điểm, băng nhóm, tệ nạn xã hội",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "No hotspots, gangs or social evils",
                                ),
                            },
                        },
                        crate::domain::criteria::ChecklistPart {
                            id: alloc::borrow::Cow::Borrowed("new_cases"),
                            source_text: alloc::borrow::Cow::Borrowed(
                                "không phát sinh người nghiện ma túy, mại dâm và các tệ nạn xã hội khác",
                            ),
                            label: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "Không phát sinh người nghiện ma túy, mại dâm và các tệ nạn xã hội khác",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "No new drug addicts, prostitution or other social evils",
                                ),
                            },
                        },
                        crate::domain::criteria::ChecklistPart {
                            id: alloc::borrow::Cow::Borrowed("rehab"),
                            source_text: alloc::borrow::Cow::Borrowed(
                                "quản lý tốt đối tượng cai nghiện tại gia đình và cộng đồng",
                            ),
                            label: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "Quản lý tốt đối tượng cai nghiện tại gia đình và cộng đồng",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "People in rehabilitation at home and in the community are well managed",
                                ),
                            },
                        },
                        crate::domain::criteria::ChecklistPart {
                            id: alloc::borrow::Cow::Borrowed("security_model"),
                            source_text: alloc::borrow::Cow::Borrowed(
                                "có mô hình an ninh trật tự hiệu quả",
                            ),
                            label: crate::domain::criteria::Bilingual {
                                vi: alloc::borrow::Cow::Borrowed(
                                    "Có mô hình an ninh trật tự hiệu quả",
                                ),
                                en: alloc::borrow::Cow::Borrowed(
                                    "An effective security and order model is in place",
                                ),
                            },
                        },
                    ]),
                },
            },
        ]),
    },
];
#[doc = r" The fingerprint of each set, in the same order."]
pub static FINGERPRINTS: &[u32] = &[3133637598u32];
