"""LaTeX source of a plan (pandoc's conversion of a Word file, or a plan set by hand) read as its printed lines."""
import vnplan
from vnplan.latexmarkup import latex_as_text, looks_like_latex

# As a converter writes a Word file: a preamble, the header as a borderless table of two cells, Word's numbering
# lost to `\item` with its style set by `\def`, a task table whose head repeats on each page and a cell holding two
# paragraphs, "\%" and "~" in the text.
_CONVERTED = r"""% Options for packages loaded elsewhere
\documentclass[]{article}
\usepackage{longtable,booktabs,array}
\providecommand{\tightlist}{%
  \setlength{\itemsep}{0pt}\setlength{\parskip}{0pt}}
\begin{document}

\begin{longtable}[]{@{}
  >{\centering\arraybackslash}p{(\columnwidth - 2\tabcolsep) * \real{0.45}}
  >{\centering\arraybackslash}p{(\columnwidth - 2\tabcolsep) * \real{0.55}}@{}}
\toprule\noalign{}
\begin{minipage}[b]{\linewidth}\centering
\textbf{SỞ Y TẾ TỈNH TÂN AN}
\end{minipage} & \begin{minipage}[b]{\linewidth}\centering
\textbf{CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM}
\end{minipage} \\
\midrule\noalign{}
\endhead
Số: 214/KH-SYT & \emph{Tân An, ngày~05 tháng 3 năm 2027} \\
\end{longtable}

\begin{center}
\textbf{KẾ HOẠCH}\\
Phòng, chống bệnh tay chân miệng năm 2027
\end{center}

\section{I. CHỈ TIÊU}\label{i.-chux1ec9-tiuxeau}

\begin{enumerate}
\def\labelenumi{\arabic{enumi}.}
\tightlist
\item
  Giảm 15\% số ca mắc so với năm 2026.
\item
  100\% ổ dịch được phát hiện và xử lý
  trong vòng 48 giờ.
\end{enumerate}

\section{II. NHIỆM VỤ}\label{ii.-nhiux1ec7m-vux1ee5}

\begin{longtable}[]{@{}llll@{}}
\toprule\noalign{}
TT & Nội dung & Đơn vị chủ trì & Thời gian \\
\midrule\noalign{}
\endfirsthead
\toprule\noalign{}
TT & Nội dung & Đơn vị chủ trì & Thời gian \\
\midrule\noalign{}
\endhead
\bottomrule\noalign{}
\endlastfoot
1 & Giám sát ca bệnh tại các trường mầm non & Trung tâm Kiểm soát bệnh tật tỉnh & Quý II/2027 \\
2 & Cấp hóa chất khử khuẩn cho các xã & \begin{minipage}[t]{\linewidth}\raggedright
Trung tâm Kiểm soát bệnh tật tỉnh;

Bệnh viện Nhi tỉnh
\end{minipage} & Tháng 4/2027 \\
\end{longtable}

\section{III. TỔ CHỨC THỰC HIỆN}\label{iii.-tux1ed5-chux1ee9c}

\begin{enumerate}
\def\labelenumi{\arabic{enumi}.}
\item
  Sở Giáo dục và Đào tạo:

  \begin{enumerate}
  \def\labelenumii{\alph{enumii})}
  \item
    Chỉ đạo các trường mầm non vệ sinh lớp học hằng ngày.
  \item
    Phối hợp với Sở Y tế tập huấn cho giáo viên trước ngày 30/4/2027.
  \end{enumerate}
\end{enumerate}

\end{document}
"""


def test_a_converted_plan_reads_as_its_lines_the_header_and_tasks_as_rows_the_points_numbered_as_word_did():
    assert looks_like_latex(_CONVERTED)
    lines = latex_as_text(_CONVERTED).splitlines()
    assert lines[:2] == ["| SỞ Y TẾ TỈNH TÂN AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
                         "| Số: 214/KH-SYT | Tân An, ngày 05 tháng 3 năm 2027 |"]
    assert lines[2:6] == ["KẾ HOẠCH", "Phòng, chống bệnh tay chân miệng năm 2027", "I. CHỈ TIÊU",
                          "1. Giảm 15% số ca mắc so với năm 2026."]
    assert lines[6] == "2. 100% ổ dịch được phát hiện và xử lý trong vòng 48 giờ."  # (a wrapped item is one line)
    assert lines.count("| TT | Nội dung | Đơn vị chủ trì | Thời gian |") == 1  # (the head repeated per page: once)
    assert "| 2 | Cấp hóa chất khử khuẩn cho các xã | Trung tâm Kiểm soát bệnh tật tỉnh; Bệnh viện Nhi tỉnh | " \
           "Tháng 4/2027 |" in lines
    assert lines[-3:] == ["1. Sở Giáo dục và Đào tạo:", "a) Chỉ đạo các trường mầm non vệ sinh lớp học hằng ngày.",
                          "b) Phối hợp với Sở Y tế tập huấn cho giáo viên trước ngày 30/4/2027."]
    assert not any("\\" in line or "linewidth" in line or "[b]" in line for line in lines)


def test_a_converted_plan_gives_its_tasks_leads_and_targets():
    result = vnplan.extract_text(_CONVERTED)
    assert (result.document.number, result.document.type) == ("214/KH-SYT", "Kế hoạch")
    rows = [(t.lead, t.coordinators, t.deadline) for t in result.tasks]
    assert (["Trung tâm Kiểm soát bệnh tật tỉnh"], [], "2027-06-30") in rows
    # (the issuer, "Sở Y tế" in the text, by the full name its header gives: "SỞ Y TẾ TỈNH TÂN AN")
    assert (["Sở Giáo dục và Đào tạo"], ["Sở Y tế tỉnh Tân An"], "2027-04-30") in rows
    assert sorted(t.min for t in result.targets) == [15, 100]


# Set by hand: a package's label option, bullets, a group row spanning the table, "\\" line breaks in the signature.
_HAND_SET = r"""\documentclass[12pt]{article}
\usepackage[utf8]{inputenc}
\usepackage[vietnamese]{babel}
\usepackage{enumitem}
\begin{document}
\begin{center}
ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\\
\textbf{KẾ HOẠCH}\\
\textbf{Ra quân làm sạch môi trường năm 2027}
\end{center}
\section*{I. NHIỆM VỤ} % phần chính
\begin{enumerate}[label=\alph*)]
  \item Công an xã chủ trì bảo đảm trật tự trong các ngày ra quân.
  \item Các thôn:
  \begin{itemize}
    \item Huy động đoàn viên, thanh niên tham gia;
    \item Báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25 hằng tháng.
  \end{itemize}
\end{enumerate}
\begin{tabular}{|c|p{6cm}|l|}
\hline
\multicolumn{3}{|l|}{\textbf{A. Vệ sinh đường làng}} \\ \hline
1 & Thu gom rác thải & Đoàn Thanh niên xã \\ \hline
\end{tabular}

\begin{flushright}
TM. ỦY BAN NHÂN DÂN\\ CHỦ TỊCH\\[2em] \textit{Lê Văn Hòa}
\end{flushright}
\end{document}
"""


def test_a_hand_set_plan_reads_its_label_option_bullets_group_rows_and_line_breaks():
    lines = latex_as_text(_HAND_SET).splitlines()
    assert lines[:4] == ["ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", "KẾ HOẠCH", "Ra quân làm sạch môi trường năm 2027",
                         "I. NHIỆM VỤ"]
    assert lines[4:8] == ["a) Công an xã chủ trì bảo đảm trật tự trong các ngày ra quân.", "b) Các thôn:",
                          "- Huy động đoàn viên, thanh niên tham gia;",
                          "- Báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25 hằng tháng."]
    assert lines[8:10] == ["| A. Vệ sinh đường làng |", "| 1 | Thu gom rác thải | Đoàn Thanh niên xã |"]
    assert lines[10:] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Hòa"]


def test_plain_and_markdown_plans_are_no_latex_and_broken_source_reads_without_error():
    assert not looks_like_latex("KẾ HOẠCH\nI. NHIỆM VỤ\n1. Sở Y tế chủ trì \\ phối hợp.\n")
    assert not looks_like_latex("# KẾ HOẠCH\n**I. NHIỆM VỤ**\n- \\[ghi chú\\]\n| a | b |\n")
    broken = "\\begin{document}\\section{I. NHIỆM VỤ}\\begin{enumerate}\\item Sở Y tế {chủ trì" + "\\begin{itemize}" * 50
    assert "Sở Y tế chủ trì" in latex_as_text(broken)


def test_a_list_going_on_after_a_paragraph_rows_ended_by_tabularnewline_and_symbols_of_a_formula():
    source = (r"\begin{document}\begin{enumerate}\def\labelenumi{\arabic{enumi}.}\setcounter{enumi}{2}"
              "\n\\item Ba\n\\end{enumerate}\n\\begin{enumerate}[start=7]\n\\item Bảy\n\\end{enumerate}\n"
              "\\begin{tabular}{ll}\nTT & Nội dung \\tabularnewline\n1 & Tỷ lệ $\\geq 95\\%$ \\tabularnewline\n"
              "\\end{tabular}\\end{document}")
    assert latex_as_text(source).split("\n")[:4] == ["3. Ba", "7. Bảy", "| TT | Nội dung |", "| 1 | Tỷ lệ ≥ 95% |"]


def test_commands_nested_past_a_pages_depth_and_environments_nested_deep_read_without_error_in_time():
    deep = "\\begin{document}\\section{Kế hoạch}" + "\\textbf{" * 2000 + "Sở Y tế" + "}" * 2000 + "\\end{document}"
    assert "Sở Y tế" in latex_as_text(deep)
    unclosed = "\\begin{document}\\section{K}" + "\\emph{a " * 5000 + "\\end{document}"
    assert latex_as_text(unclosed).count("a") >= 5000
    nested = "\\begin{document}" + "\\begin{x}" * 20000 + "Sở Y tế" + "\\end{x}" * 20000 + "\\end{document}"
    assert "Sở Y tế" in latex_as_text(nested)
