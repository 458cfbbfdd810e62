"""The written held-out plans that meet the bars, laid out again: the same words in another layout give the same plan.

The shared `layouts.py` re-lays the corpus, whose paragraphs are blank-separated blocks, as a legal portal serves
it (one paragraph per line), as a PDF's text layer (hard wraps, page numbers), as a markdown copy of a web page and
with other label styles. Most written plans put one paragraph per line and write their tables with tabs or " | ";
here each such line is a paragraph and each table line a row of cells, and `layouts.render` lays them out as it
lays out the corpus. A plan already hard-wrapped (a PDF's text) keeps its layout, as `layouts.py` keeps it.

Each plan of `test_written_heldout.PASSING` must meet the bars in every layout but those `NOT_YET` lists for it
(a ratchet: a layout leaves the list when the plan meets the bars in it, and never returns). Most of those are
tables and lists whose structure only their original layout shows (cells a tab or an indent sets apart, a list the
e-mail's quote marks or the HTML's indents nest), which the flattening here loses with the words kept; the rest,
mostly in the PDF layout, are the extractor's to mend.
"""
import random
import re

import pytest

from conftest import load_script
from test_unseen import SCORERS, figures_below_bars
from test_written_heldout import FIXTURES, GOLD_QUESTIONED, PASSING

LAYOUTS = ("oneline", "pdfwrap", "webmd", "relabel")
LAYOUTS_PY = [path.with_name("layouts.py") for path in SCORERS]
# A line longer than this is a paragraph of its own: a hard-wrapped text has (almost) none.
UNWRAPPED_LINE = 100
UNWRAPPED_SHARE = 0.2
SIGNATURE = re.compile(r"\s*\**(?:Nơi nhận|TM\.|KT\.)")
NOT_YET: dict[str, tuple[str, ...]] = {
    # (2026-12-08, nineteenth) plans that reached the bars as they came, not yet in every copy: a wiki's table, a
    # sheet printed with its titles, an API's one-line JSON, an e-mail's quoted pages and a pasted annex table the
    # wrapped or markdown copies part or run together; a header's last line or a sign-off the markdown copy cuts
    # (unread sets among them, as they stand)
    "08_kh_mttq_dong_nai_vi_nguoi_ngheo_2026_bai_dang_mxh": ("webmd",),
    "142_04_kh_thue_co_so_3_phu_tho_quan_ly_thue_ho_kinh_doanh_chong_that_thu_2027_chuoi_thu_dien_tu_outlook":
        ("pdfwrap", "webmd"),
    "144_06_cv_bo_vhttdl_quan_ly_to_chuc_le_hoi_2027_thunderbird_chuyen_tiep": ("pdfwrap",),
    "147_06_kh_uy_ban_mttq_tinh_an_giang_van_dong_dong_bao_ton_giao_2027_cong_ttdt_chep_kem_cot_lien_ket":
        ("pdfwrap", "webmd"),
    "203_02_kh_so_nong_nghiep_moi_truong_nghe_an_trong_rung_trong_cay_phan_tan_2027_mediawiki_noi_bo":
        ("pdfwrap", "webmd"),
    "204_02_qd_bo_nong_nghiep_moi_truong_giao_nhiem_vu_doan_thanh_tra_ec_iuu_2027_api_qlvb_json_mot_dong":
        ("pdfwrap", "webmd"),
    "205_02_kh_bo_xay_dung_cai_tao_xay_dung_lai_nha_chung_cu_2027_asciidoc": ("pdfwrap", "webmd"),
    "207_03_hd_so_giao_duc_dao_tao_lao_cai_giao_duc_the_chat_phong_chong_duoi_nuoc_nam_hoc_2027_2028_word_content_control_xuat_txt":
        ("webmd",),
    "207_10_tb_van_phong_ubnd_tp_can_tho_ket_luan_bao_luc_tren_co_so_gioi_2027_email_song_ngu_to_chuc_phi_chinh_phu":
        ("webmd",),
    "208_06_kh_benh_vien_da_khoa_tinh_ca_mau_thuc_hanh_tiet_kiem_chong_lang_phi_2027_excel_in_lap_tieu_de":
        ("pdfwrap",),
    "209_03_hd_so_tai_chinh_hung_yen_danh_gia_ddci_2027_mammoth_html_chep_trinh_duyet": ("pdfwrap",),
    "210_08_hd_bo_nong_nghiep_moi_truong_van_hanh_ho_chua_tuoi_tiet_kiem_dong_xuan_2027_trang_docusaurus_chep":
        ("webmd",),
    "211_05_hd_so_cong_thuong_gia_lai_dua_san_pham_ocop_len_san_thuong_mai_dien_tu_2027_markdown_go_tay": ("pdfwrap",),
    "213_04_kh_ubnd_xa_ham_yen_tuyen_quang_lo_mom_long_mong_van_chuyen_gia_suc_2027_ie_luu_trang_van_ban": ("pdfwrap",),
    "213_10_cv_so_nong_nghiep_moi_truong_lang_son_kiem_soat_van_chuyen_dong_vat_qua_bien_gioi_2027_phu_luc_bang_dan_tu_excel":
        ("oneline", "webmd", "relabel"),
    # (2026-12-07, eighteenth) carriers a re-laid copy undoes: a chart's columns, a landscape table's and a sheet's
    # cells laid out by spaces or tabs, which the re-laid copies part into paragraphs; a database's records and a
    # board's cards whose fields the wrapped and markdown copies run together; a property table's tabs; a chat space's
    # senders; RTF's marks and a portal's or an exchange envelope's fields the markdown copy cuts (unread sets among
    # them, as they stand)
    "158_04_kh_ban_qlda_dan_dung_cong_nghiep_da_nang_tien_do_gpmb_cong_vien_ven_song_2027_outlook_thu_chuyen_tiep_bieu_do_gantt":
        LAYOUTS,
    "189_03_kh_trung_tam_cntt_chuyen_doi_so_lam_dong_so_hoa_ho_so_kho_du_lieu_dien_tu_2027_trang_confluence_chep": (
        "webmd",),
    "192_01_qd_ubnd_tinh_lam_dong_ke_hoach_dien_luoi_thon_bon_chua_co_dien_2027_pdftotext_layout_bang_ngang": LAYOUTS,
    "192_03_tb_van_phong_chinh_phu_ket_luan_cung_ung_dien_mua_kho_2027_edxml_goi_tin_lien_thong": ("webmd",),
    "192_06_kh_ubnd_dac_khu_ly_son_cung_cap_dien_tiet_kiem_dien_2027_excel_o_gop_xuat_tab": LAYOUTS,
    "193_07_ct_thu_tuong_ho_tich_ly_lich_tu_phap_truc_tuyen_du_lieu_dan_cu_2027_cong_phap_luat_tab_thuoc_tinh_noi_dung": (
        "webmd",),
    "194_02_ct_ubnd_tp_hai_phong_tui_ni_long_nhua_dung_mot_lan_cho_sieu_thi_2027_rtf_sot_ma_dieu_khien": ("webmd",),
    "195_06_tb_van_phong_chinh_phu_ket_luan_ung_pho_nang_nong_chat_luong_khong_khi_2027_email_tieu_de_ma_hoa_qp": (
        "pdfwrap",),
    "196_04_qd_ubnd_tinh_quang_tri_ke_hoach_ngay_hoi_viec_lam_tu_van_huong_nghiep_2027_cong_thong_tin_che_do_doc": (
        "webmd",),
    "196_07_kh_bo_noi_vu_dua_nguoi_lao_dong_di_lam_viec_o_nuoc_ngoai_theo_hop_dong_2027_word_danh_so_mat_thut_le": (
        "pdfwrap",),
    "03_kh_ubnd_phuong_ninh_kieu_can_tho_phan_loai_chat_thai_ran_sinh_hoat_2027_airtable_api_json_records": (
        "pdfwrap", "webmd"),
    "07_kh_ubnd_xa_bao_lac_cao_bang_phong_chay_chua_chay_rung_2027_couchdb_all_docs_include_docs": (
        "pdfwrap", "webmd"),
    "199_02_qd_ubnd_tinh_tuyen_quang_ke_hoach_thu_tien_su_dung_dat_no_dong_2027_abbyy_finereader_txt": ("webmd",),
    "199_07_ctr_dang_uy_xa_phuoc_hau_vinh_long_thu_chi_ngan_sach_tai_san_cong_2027_2030_dropbox_paper_markdown": (
        "webmd",),
    "200_02_kh_so_xay_dung_hai_phong_van_tai_an_toan_giao_thong_tet_dinh_mui_2027_trello_xuat_json": (
        "pdfwrap", "webmd"),
    "201_01_kh_ubnd_phuong_hac_thanh_thanh_hoa_ngay_sach_van_hoa_doc_2027_google_chat_space_sao_chep": ("webmd",),
    "201_02_kh_thu_vien_tinh_lam_dong_so_hoa_tai_lieu_thu_vien_so_2027_confluence_xuat_word_sang_txt": LAYOUTS,
    "201_06_ctr_tinh_uy_quang_tri_bao_ton_phat_huy_di_san_van_hoa_2027_word_che_do_doc_danh_dau_nhan_xet": ("webmd",),
    "202_05_qd_ubnd_tinh_phu_tho_he_sinh_thai_khoi_nghiep_trung_tam_doi_moi_sang_tao_2027_docling_pdf_sang_markdown": (
        "pdfwrap",),
    # (2026-12-07, seventeenth) carriers a re-laid copy undoes: a sheet saved as CSV whose rows a wrapped or markdown
    # copy parts into paragraphs; a table read column by column and a chat's messages, whose lines and senders the
    # re-laid copies join; a header's or a reader pane's fields the markdown copy cuts (unread sets among them, as they
    # stand)
    "169_05_kh_trung_tam_nuoc_sach_vsmtnt_gia_lai_van_hanh_cong_trinh_cap_nuoc_2027_tcvn3_chuyen_ma_loi": ("webmd",),
    "177_06_kh_ubnd_phuong_phan_dinh_phung_thai_nguyen_ho_kinh_doanh_ke_khai_hoa_don_2027_zalo_nhom_chep": (
        "oneline", "pdfwrap", "webmd", "relabel"),
    "183_07_tb_van_phong_chinh_phu_ket_luan_du_bao_lu_van_hanh_lien_ho_chua_2027_trang_cong_thong_tin_che_do_doc": (
        "webmd",),
    "184_04_hd_so_van_hoa_the_thao_du_lich_lao_cai_an_toan_homestay_2027_google_docs_xuat_markdown": ("webmd",),
    "184_05_qd_ubnd_tinh_phu_tho_ke_hoach_gio_to_hung_vuong_le_hoi_den_hung_2027_ban_quet_pdf_bang_tab": ("webmd",),
    "184_10_ctr_tinh_uy_khanh_hoa_du_lich_an_toan_van_minh_2027_eoffice_van_ban_den": ("webmd",),
    "186_02_qd_bo_nong_nghiep_moi_truong_ke_hoach_dau_gia_cap_phep_khoang_san_2027_pdftotext_layout_bang_ngang": (
        "oneline", "pdfwrap", "webmd", "relabel"),
    "187_03_kh_ubnd_phuong_hai_chau_da_nang_pccc_cho_khu_dan_cu_2027_google_sheets_csv_tieu_de_tieng_anh": (
        "pdfwrap", "webmd"),
    "187_04_qd_ubnd_xa_ha_hoa_phu_tho_ban_hanh_ke_hoach_tuyen_quan_2027_messenger_nhom_dien_thoai": (
        "oneline", "pdfwrap", "webmd", "relabel"),
    "189_01_ct_ubnd_tinh_thanh_hoa_dich_vu_cong_truc_tuyen_toan_trinh_thanh_toan_truc_tuyen_2027_phan_mem_qlvb_khung_doc": (
        "webmd",),
    "190_01_qd_ubnd_tinh_nghe_an_ke_hoach_an_toan_thuc_pham_bep_an_truong_hoc_2027_ban_xem_truoc_khi_in_cong_van_ban": (
        "pdfwrap",),
    # (2026-12-07, sixteenth) carriers a re-laid copy undoes: a sheet saved as CSV and a grid table, whose rows a
    # wrapped or markdown copy parts into paragraphs, a table of tabs; a page's header or a portal's and a note's head
    # that the markdown copy cuts; a reporting line a wrapped copy runs into the next (unread sets among them, as they
    # stand)
    "175_08_kh_bhxh_tinh_quang_ninh_kham_chua_benh_bhyt_tram_y_te_2027_excel_luu_csv_utf8": ("pdfwrap", "webmd"),
    "176_04_kh_ubnd_xa_yen_minh_tuyen_quang_pho_cap_giao_duc_mam_non_3_5_tuoi_2027_onenote_xuat_markdown_the_viec": (
        "webmd",),
    "176_10_kh_ubnd_phuong_hoa_khanh_da_nang_tuyen_sinh_mau_giao_lop_1_lop_6_2027_2028_trang_phuong_chrome_chep": (
        "pdfwrap",),
    "177_07_ct_ubnd_tinh_hung_yen_tang_cuong_thu_ngan_sach_chong_that_thu_no_dong_thue_2027_cong_ttdt_tin_bai_chrome_"
    "chep": ("webmd",),
    "179_02_qd_bo_dan_toc_ton_giao_chinh_sach_nguoi_co_uy_tin_2027_pandoc_plain_bang_luoi": (
        "oneline", "pdfwrap", "webmd", "relabel"),
    "179_09_kh_so_dan_toc_ton_giao_nghe_an_boi_duong_tieng_dtts_2027_word_dan_notepad_bang_tab": ("webmd",),
    "181_05_kh_so_nong_nghiep_moi_truong_gia_lai_giam_sat_hanh_trinh_tau_ca_vms_2027_excel_luu_csv_cham_phay": (
        "pdfwrap", "webmd"),
    "02_tb_van_phong_bo_khcn_ket_luan_phu_song_5g_khu_cong_nghiep_2027_samsung_internet_chep_trang_di_dong": ("webmd",),
    # (2026-12-07, fifteenth) the first runs' carriers that a re-laid copy undoes: a text with RTF's control words left
    # in, read line by line only as printed; a page laid out in two columns; tables of tabs or delimited text and a
    # table with its cells broken over lines, whose rows a wrapped or markdown copy parts into paragraphs; chats,
    # posts and portal copies whose header the re-laid copies cut (unread sets among them, as they stand)
    "165_04_qd_bo_tai_chinh_ke_hoach_ho_tro_doanh_nghiep_nho_va_vua_2027_rtf_xuat_sot_ma_dieu_khien": (
        "pdfwrap", "webmd"),
    "167_06_kh_thu_vien_tinh_thai_nguyen_huong_ung_ngay_sach_van_hoa_doc_2027_zalo_web_nhom_chep": ("webmd",),
    "168_02_qd_ubnd_tinh_gia_lai_ke_hoach_ocop_2027_2028_trang_so_nnmt_chrome_bang_tab": ("pdfwrap",),
    "168_03_kh_ubnd_xa_cao_phong_phu_tho_dua_cam_len_san_tmdt_2027_fanpage_facebook_emoji_hashtag": ("pdfwrap",),
    "169_06_qd_ubnd_tinh_thanh_hoa_ke_hoach_nao_vet_kenh_muong_dong_xuan_2026_2027_outlook_chuyen_tiep_ban_word": (
        "pdfwrap",),
    "170_10_ctr_ban_chi_dao_khcn_dmst_cds_tinh_phu_tho_chuong_trinh_cong_tac_2027_markitdown_tu_docx": (
        "oneline", "pdfwrap", "relabel"),
    "171_02_kh_trung_tam_dich_vu_viec_lam_thanh_hoa_phien_giao_dich_luu_dong_6_thang_cuoi_2027_excel_csv_utf8": (
        "pdfwrap", "webmd"),
    "172_02_kh_ubnd_phuong_hai_chau_da_nang_ngay_chu_nhat_xanh_2027_zalo_web_nhom_chep": ("pdfwrap",),
    "172_07_kh_so_y_te_nghe_an_chat_thai_y_te_giam_nhua_2027_trang_so_html2text_bang_nhiem_vu": ("pdfwrap",),
    "174_09_tb_van_phong_ubnd_tinh_khanh_hoa_ket_luan_festival_bien_nha_trang_2027_firefox_che_do_doc": ("webmd",),
    "161_01_kh_ubnd_tinh_gia_lai_thang_hanh_dong_an_toan_thuc_pham_2027_pdftotext_layout_hai_cot": ("pdfwrap", "webmd"),
    "162_08_tb_van_phong_ubnd_tinh_khanh_hoa_ket_luan_pccc_nha_tro_karaoke_2026_outlook_web_thu_chuyen_tiep": (
        "webmd",),
    # (2026-12-07, fourteenth) a viewer's line-number gutter copied with the text, whose numbers the re-laid copies no
    # longer set at each line's start; spreadsheets saved as delimited text, whose rows a wrapped or markdown copy
    # parts into paragraphs; a plan sent as text messages, which the markdown copy runs together; a portal's copy, a
    # word processor's and a converter's whose header or references the re-laid copies cut (unread sets among them, as
    # they stand)
    "153_01_kh_ubnd_tinh_phu_tho_tuyen_chon_goi_cong_dan_nhap_ngu_2027_trinh_xem_tep_danh_so_dong": (
        "oneline", "pdfwrap", "webmd", "relabel"),
    "131_10_kh_cong_ty_khai_thac_thuy_loi_ninh_binh_lay_nuoc_vu_dong_xuan_2027_excel_luu_csv_utf8": (
        "pdfwrap", "webmd"),
    "149_03_kh_ban_an_toan_giao_thong_tinh_quang_tri_tet_dinh_mui_le_hoi_xuan_2027_excel_luu_csv_utf8": (
        "pdfwrap", "webmd"),
    "149_01_kh_ubnd_tinh_nghe_an_nam_an_toan_giao_thong_2027_cong_ttdt_chrome_chep": ("pdfwrap",),
    "154_10_kh_trung_tam_dich_vu_viec_lam_ha_tinh_cai_cach_hanh_chinh_danh_gia_vien_chuc_2027_google_docs_tai_txt_co_"
    "binh_luan": ("webmd",),
    "155_01_kh_ubnd_tinh_gia_lai_tiep_cong_dan_dinh_ky_lanh_dao_tinh_2027_cong_ttdt_chrome_chep_bang_lich": ("webmd",),
    "157_07_qd_ubnd_tinh_dien_bien_ke_hoach_cai_nghien_quan_ly_sau_cai_2027_docx_pandoc_gfm_bang": ("pdfwrap",),
    # (2026-12-07, thirteenth) a table laid out with spaces, whose columns every re-laid copy loses; spreadsheets saved
    # as delimited text and a table of tabs, whose rows a wrapped or markdown copy parts into paragraphs; a portal's
    # copy and a converter's markdown whose header or references the re-laid copies cut (unread sets among them, as
    # they stand)
    "106_01_kh_ubnd_tinh_tuyen_quang_kiem_soat_tthc_mot_cua_2027_pdftotext_layout_phu_luc_mau_bc": (
        "oneline", "pdfwrap", "webmd", "relabel"),
    "141_01_kh_ubnd_tinh_nghe_an_nhiem_vu_khcn_cap_tinh_dat_hang_2027_web_so_khcn_chrome_chep_bang_tab": ("pdfwrap",),
    "142_02_qd_bo_tai_chinh_chuong_trinh_thuc_hanh_tiet_kiem_chong_lang_phi_2027_cong_thong_tin_bo_chep_trang": (
        "webmd",),
    "142_05_kh_ubnd_xa_long_ho_vinh_long_to_chuc_thuc_hien_du_toan_ngan_sach_2027_excel_csv_utf8": ("pdfwrap", "webmd"),
    "143_03_kh_bo_nong_nghiep_moi_truong_giam_thieu_chat_thai_nhua_2027_markdown_trang_van_ban_phap_luat": ("pdfwrap",),
    "144_09_kh_bql_di_tich_con_son_kiep_bac_le_hoi_mua_xuan_2027_excel_csv_utf8": ("pdfwrap", "webmd"),
    "145_05_kh_ban_chi_dao_nha_o_bat_dong_san_hai_phong_cai_tao_chung_cu_cu_2026_2027_pdf_chuyen_markdown_docling": (
        "pdfwrap", "webmd"),
    # (2026-12-07, twelfth) spreadsheets saved as delimited text, whose rows the re-laid copies part into paragraphs
    # (read sets and an unread one, as they stand); a plan in a group chat and a mailed plan with its appendix copied
    # by a word processor, whose messages or cells the markdown copy runs together; a pipe table of figures by year
    "133_10_kh_trung_tam_y_te_khu_vuc_moc_chau_son_la_quan_ly_tang_huyet_ap_dai_thao_duong_2027_excel_luu_csv_utf8": (
        "pdfwrap", "webmd"),
    "136_04_ctr_so_cong_thuong_dong_thap_xuc_tien_thuong_mai_2027_excel_luu_csv_cham_phay": ("pdfwrap", "webmd"),
    "139_01_kh_ubnd_xa_song_lo_phu_tho_chuyen_doi_so_2027_excel_luu_csv_utf8": ("pdfwrap", "webmd"),
    "139_09_ctr_ban_quan_ly_khu_kinh_te_quang_tri_chuong_trinh_cong_tac_2027_libreoffice_calc_xuat_tsv": ("pdfwrap",),
    "139_04_kh_so_nong_nghiep_moi_truong_lao_cai_thu_gom_bao_goi_thuoc_bvtv_2027_outlook_luu_van_ban_thuan": (
        "pdfwrap", "webmd"),
    "139_07_kh_ubnd_tinh_vinh_long_phat_trien_cum_cong_nghiep_2026_2030_markitdown_docx_bang_pipe": (
        "pdfwrap", "webmd"),
    # (2026-12-07, eleventh) a news page carrying a dispatch, whose page words the re-laid copy runs into the signer's
    # name (a read set); a spreadsheet's catalogue and a portal's copy of a directive (an unread set, as they stand)
    "130_01_cd_thu_tuong_ung_pho_bao_so_6_2026_bao_dien_tu_chinh_phu_firefox_chep": ("webmd",),
    "132_01_kh_ubnd_tinh_tuyen_quang_cung_cap_dich_vu_cong_truc_tuyen_2027_xlsx2csv_ba_trang_tinh": ("pdfwrap", "webmd"),
    "132_10_ct_ubnd_tinh_an_giang_ky_luat_ky_cuong_giai_quyet_thu_tuc_hanh_chinh_2027_chrome_chep_trang_van_ban_phap_luat": (
        "webmd",),
    # (2026-12-07, tenth) a decision amending a plan (an unread set, as it stands); a plan scanned with its table laid
    # out with spaces, a service's export of records, a mass organisation's plan and a Party conclusion sent by e-mail
    # and from a portal (read sets), whose rows or header the layouts re-lay otherwise
    "117_09_pa_ubnd_tinh_nghe_an_ung_pho_bao_manh_sieu_bao_2027_ban_scan_ocr_pdftotext_layout": (
        "oneline", "pdfwrap", "webmd", "relabel"),
    "122_02_qd_bo_nong_nghiep_moi_truong_sua_doi_kh_kiem_ke_khi_nha_kinh_2026_cong_bo_chrome_chep": ("pdfwrap",),
    "06_kh_cdc_khanh_hoa_phong_chong_sot_xuat_huyet_2027_firebase_realtime_database_json_export": ("pdfwrap", "webmd"),
    "123_04_kh_hoi_nong_dan_tinh_dong_thap_thi_dua_san_xuat_kinh_doanh_gioi_2027_thu_dien_tu_eml_mime": ("webmd",),
    "123_07_tb_tinh_uy_quang_ninh_ket_luan_kiem_tra_dan_van_quy_che_dan_chu_2027_cong_dang_bo_dien_thoai_chep": (
        "webmd",),
    # (its checkpoints' table of two cells a row, parted by tabs, re-laid here as lines of words: no table left)
    "124_05_kh_ban_qlda_giao_thong_gia_lai_giai_ngan_von_dau_tu_cong_2027_trang_web_ban_chrome_chep_bang_tab": (
        "oneline", "pdfwrap", "webmd", "relabel"),
    # (2026-12-06, ninth) matrices whose header and rows a hard wrap or a web copy's wrapped lines break mid-cell (a
    # read set); the unread sets' plans as they stand, not looked into
    "117_03_kh_so_y_te_hai_phong_chien_dich_tiem_soi_rubella_2027_mattermost_bang_ascii": ("pdfwrap",),
    "117_07_ctr_ubnd_tp_da_nang_phat_trien_kinh_te_ban_dem_2027_2030_google_docs_tai_ve_markdown": ("pdfwrap", "webmd"),
    "115_03_kh_so_nong_nghiep_moi_truong_gia_lai_tap_huan_dat_dai_cong_chuc_xa_2027_libreoffice_chep_tab": (
        "oneline", "webmd", "relabel"),
    "116_02_cd_ubnd_tinh_gia_lai_phong_chong_sot_xuat_huyet_2026_cong_so_y_te_chep_trang": ("webmd",),
    "119_03_kh_ubnd_tinh_quang_ninh_hoi_nhap_quoc_te_2027_cong_ttdt_tinh_chrome_chep_ca_trang": ("pdfwrap",),
    # (2026-12-06, eighth) an unread set's plans as they stand: their targets tables of years (in tabs, in a pipe
    # table), whose rows the hard wrap breaks
    "112_05_kh_ubnd_xa_muong_khuong_lao_cai_ocop_du_lich_cong_dong_2026_2030_word_luu_txt_bang_tab": ("pdfwrap",),
    "112_02_kh_bo_giao_duc_dao_tao_tang_cuong_tieng_viet_tre_dtts_2026_2030_jina_reader_markdown_bang_pipe": ("pdfwrap",),
    # (2026-12-06, seventh) a sheet of an appendix sent alone, re-laid as prose (its cells no longer a row); a table
    # pdftotext -layout aligned, its columns run together; an e-mail's heading for its group, a scanned table's cells
    "107_04_kh_ubnd_xa_tan_ha_lam_dong_dau_tu_cong_xa_hoi_hoa_2027_phu_luc_excel_csv_utf8": ("pdfwrap", "webmd"),
    "107_07_kh_bo_giao_duc_dao_tao_thuc_hien_giai_ngan_dau_tu_cong_2027_pdftotext_layout_bang_ngang": LAYOUTS,
    "103_07_kh_tram_y_te_xa_phu_xuan_hung_yen_uong_vitamin_a_dot_1_2027_gmail_than_thu": ("webmd",),
    "105_10_kh_bo_cong_thuong_tiet_kiem_nang_luong_2027_tesseract_bang_ngang_vien_doc_thanh_l": ("pdfwrap",),
    # (2026-12-06, fourth) tables whose columns only their carrier keeps: pdftotext -layout's, a grid's drawn with
    # "+---+"; re-laid out, the cells run together. Tables of targets in markdown or tabs, and a cell-a-line table of
    # reports, whose rows the hard wrap breaks; a header or signature the re-laying runs together (metadata); the
    # unread sets' plans (83 … 86) as they stand
    "81_01_kh_ubnd_tinh_nghe_an_thuong_mai_dien_tu_2027_pdftotext_layout_bang_o_xuong_dong": LAYOUTS,
    "82_01_kh_ubnd_tinh_nghe_an_cai_cach_hanh_chinh_2026_pdftotext_layout_phu_luc_ngang": LAYOUTS,
    "82_09_kh_so_tai_chinh_lao_cai_thu_hut_dau_tu_ho_tro_doanh_nghiep_2027_pdftotext_layout_o_gop_giua": LAYOUTS,
    "85_07_qd_ubnd_tinh_phu_tho_ke_hoach_nha_o_xa_hoi_2027_bang_luoi_ascii": ("pdfwrap", "webmd"),
    "03_kh_so_phu_luc_ii_viet_tat": ("pdfwrap",),
    "82_06_kh_ubnd_tinh_gia_lai_nong_nghiep_cong_nghe_cao_2026_2027_markdown_hai_phu_luc": ("pdfwrap",),
    "82_08_kh_ubnd_tinh_an_giang_du_lich_bien_dao_2026_2027_cong_bao_bang_tab_ba_phu_luc": ("pdfwrap", "webmd"),
    "81_08_kh_ubnd_phuong_hac_thanh_thanh_hoa_trat_tu_do_thi_via_he_2027_xuat_markdown_bang_pipe": ("pdfwrap",),
    "80_08_ctr_dang_uy_xa_dong_loc_ha_tinh_nq57_chuyen_doi_so_word_dan_thuan_gach_ngang": ("webmd",),
    "85_04_kh_ubnd_tinh_lao_cai_du_lich_cong_dong_2027_cong_ttdt_tinh_chep_trinh_duyet_chia_se_luot_xem": ("pdfwrap",),
    "86_09_kh_ubnd_dac_khu_co_to_quang_ninh_an_ninh_trat_tu_mua_du_lich_2027_obsidian_web_clipper_markdown": ("webmd",),
    "86_08_kh_ubnd_xa_muong_khuong_lao_cai_nuoc_sach_thon_ban_mua_kho_2027_cong_xa_giao_dien_di_dong": ("pdfwrap",),
    # … and a word processor's cell-a-line export whose cells the markdown copy runs together
    "02_kh_ubnd_xa_ta_xua_homestay_an_toan_chay_no_2027_libreoffice_luu_txt_o_moi_dong": ("webmd",),
    # (2026-12-06, last) a table of reports whose rows the hard wrap breaks across lines, and a web copy's header; a
    # plan pasted into an e-mail with its line breaks lost, relabelled with one list's letters of two kinds ("a." then
    # "b)" run in), or as a markdown copy whose header the lost breaks run together
    "74_02_kh_so_y_te_lao_cai_theo_doi_giam_sat_danh_gia_ctmt_y_te_dan_so_2027_web_so_chrome_bang_bao_cao_tab": (
        "pdfwrap", "webmd"),
    "76_10_kh_so_nnmt_ca_mau_phong_chong_dich_benh_tom_nuoi_nuoc_lo_2027_thu_cong_vu_chuyen_tiep_mat_xuong_dong": (
        "webmd", "relabel"),
    # (2026-12-06, later) tables whose columns only their carrier's layout keeps: pdftotext -layout with cells set
    # mid-row, a text browser's grid whose merged cell stands on a rule (re-laid out, the columns are gone); and, in the
    # markdown copy or the hard-wrapped one, a header's number or a cited document broken apart
    "73_03_kh_ubnd_tinh_gia_lai_cai_cach_hanh_chinh_2027_pdftotext_layout_phu_luc_ngang": LAYOUTS,
    "73_07_kh_ubnd_tinh_ca_mau_phong_chong_han_man_mua_kho_2027_thu_mutt_w3m_bang_ke_khung": LAYOUTS,
    "73_01_kh_ubnd_tinh_phu_tho_phat_trien_kinh_te_tu_nhan_2027_jina_reader_markdown_bang_pipe": ("pdfwrap",),
    "73_02_kh_ubnd_tinh_tay_ninh_phat_trien_du_lich_2027_cong_ttdt_firefox_bang_tab": ("webmd",),
    "72_03_tb_van_phong_ubnd_tinh_nghe_an_ket_luan_pct_gpmb_duong_ven_bien_2027_outlook_chuyen_tiep": ("webmd",),
    "72_09_kh_ban_chi_dao_389_tinh_quang_ninh_ke_hoach_cong_tac_nam_2027_libreoffice_luu_van_ban": ("pdfwrap", "webmd"),
    "72_10_kh_ubnd_xa_tan_phu_vinh_long_binh_dan_hoc_vu_so_2027_zalo_pc_chep_tin_nhan_nhom": ("webmd",),
    "01_kh_ubnd_tinh_lao_cai_phuc_hoi_phat_trien_du_lich_2027_cong_ttdt_tinh_chrome_chep_trang": ("webmd",),
    # (2026-12-06) a table whose merged cells pdftotext -layout prints once, midway down their rows, which only the
    # columns of the original layout place; an e-mail reply's quoted plan hard-wrapped again; a member's headings whose
    # points are numbered from 1 again, relabelled "1)"
    "68_02_kh_so_y_te_gia_lai_quan_ly_tang_huyet_ap_dai_thao_duong_tram_y_te_2027_pdftotext_layout_o_gop": LAYOUTS,
    "68_04_kh_so_nong_nghiep_moi_truong_tuyen_quang_pccc_rung_mua_kho_2027_2028_outlook_tra_loi_trich_dan": ("pdfwrap",),
    "09_kh_ubnd_xa_mo_cay_vinh_long_san_pham_ocop_nong_san_chu_luc_2027_2029_libreoffice_xuat_txt": ("webmd",),
    # plans exported as records (a tracker's CSV, an issue tracker's JSON, a database's dump): their lines re-laid as
    # a page's are no longer records, and the reader of records no longer sees the fields that name each task's lead
    "10_kh_ttyt_khu_vuc_cua_lo_sang_loc_ung_thu_co_tu_cung_2027_sqlite_dump": ("pdfwrap", "webmd"),
    "09_kh_ubnd_xa_nghia_hung_ninh_binh_dai_hoi_the_duc_the_thao_2027_todoist_xuat_csv": ("pdfwrap", "webmd"),
    "10_kh_ubnd_xa_loc_ninh_dong_nai_phat_trien_bao_hiem_y_te_ho_gia_dinh_2027_outlook_tac_vu_xuat_csv": ("pdfwrap",
                                                                                                          "webmd"),
    "03_kh_cong_ty_cap_nuoc_ninh_binh_giam_that_thoat_nuoc_sach_2027_odoo_project_task_csv_tieng_viet": ("pdfwrap",
                                                                                                        "webmd"),
    "01_kh_ubnd_tinh_lao_cai_phong_chay_chua_chay_rung_mua_kho_2027_clickup_csv_xuat_danh_sach": ("webmd",),
    "02_kh_so_nnmt_dak_lak_ma_so_vung_trong_sau_rieng_2027_notion_csv_co_so_du_lieu": ("webmd",),
    "05_qd_so_khcn_bac_ninh_cong_bo_khai_thac_du_lieu_mo_2027_github_gh_api_issues_json": ("pdfwrap", "webmd"),
    # tables pasted from a spreadsheet, drawn with boxes or tabbed with dashed duties in a cell (heldout60, heldout61),
    # whose rows a page's lines or a markdown copy re-laid run together or split apart; a programme's bullets and a
    # forwarded message's screen lines made bold by the markdown copy
    "01_kh_so_cong_thuong_phu_tho_phat_trien_thuong_mai_dien_tu_2027_notepad_dan_word_va_bang_excel": LAYOUTS,
    "10_kh_trung_tam_kiem_soat_benh_tat_ha_tinh_tiem_chung_mo_rong_2027_microsoft_teams_chep_tin_nhan_kenh": LAYOUTS,
    "02_kh_ubnd_phuong_hac_thanh_thanh_hoa_trat_tu_an_toan_giao_thong_do_thi_2027_w3m_dump_cong_phuong":
        ("pdfwrap", "webmd"),
    "08_kh_ban_chi_dao_ctmtqg_tinh_dong_nai_kiem_tra_giam_sat_2027_cong_ttdt_tinh_chrome_chep_bang": ("webmd",),
    "06_kh_ubnd_phuong_kim_long_hue_phong_chay_chua_chay_cuu_nan_2027_libreoffice_xuat_markdown_lich_thang": ("webmd",),
    "08_kh_so_giao_duc_dao_tao_hung_yen_day_hoc_ngoai_ngu_nam_hoc_2027_2028_python_docx_ket_xuat_doan_van": ("webmd",),
    "10_ctr_bo_dan_toc_ton_giao_chuong_trinh_cong_tac_nam_2028_google_docs_tai_ve_txt": ("webmd",),
    "05_tb_van_phong_ubnd_tinh_gia_lai_ket_luan_nha_o_xa_hoi_2027_viber_chuyen_tiep_nhom": ("webmd",),
    # a note exported as XML (an .enex file: the note's HTML escaped in its content) re-laid as a page's lines
    "10_ctr_tinh_uy_khanh_hoa_khoa_hoc_cong_nghe_chuyen_doi_so_2027_2028_evernote_xuat_tep_enex": ("pdfwrap", "webmd"),
    # a document system's screen copied: its field labels, made bold by the markdown copy, take the header's date
    "09_tb_van_phong_ubnd_tinh_quang_ngai_xu_ly_nha_dat_doi_du_sau_sap_xep_2027_he_thong_qlvb_van_ban_den_chep":
        ("webmd",),
    "08_kh_so_cong_thuong_chi_tieu_canh_le_dan_chieu": ("oneline", "pdfwrap", "webmd", "relabel"),
    "09_kh_vqg_cat_tien_giam_sat_loai_bang_quy_nt": ("pdfwrap", "webmd"),
    "01_kh_bqlda_giao_thong_nghe_an_giai_ngan_chu_tri_truoc": ("pdfwrap",),
    "09_ctr_tct_luong_thuc_mien_bac_thtk_moi_o_mot_dong": ("pdfwrap", "webmd"),
    # a responsibility matrix (a column per body, marks in its cells) flattened a cell per line
    "05_pa_xa_minh_hoa_thien_tai_ma_tran_c_p": ("pdfwrap", "webmd"),
    # tables drawn with rules (a grid table, a text browser's box-drawn one) or in delimited text, whose lines a
    # paragraph re-laid runs together; a tabbed conclusion notice as a web page
    "01_qd_ttg_luat_cncns_bang_luoi_pandoc": LAYOUTS,
    "02_kh_bo_cong_thuong_tknl_2027_w3m_khung_ke": ("pdfwrap", "webmd"),
    "07_tb_thanh_uy_can_tho_du_an_trong_diem_tab_crlf": ("webmd",),
    "09_kh_ubnd_tuyen_quang_nuoc_sach_phu_luc_csv": ("webmd",),
    # a text browser's list, each body's items nested under it by their indent alone
    "03_kh_dai_ptth_thai_binh_tuyen_truyen_2025_trinh_duyet_van_ban": LAYOUTS,
    # tables laid out with spaces, their columns where the spaces put them: a paragraph re-laid loses them
    "02_ctr_bql_kkt_quang_ninh_xtdt_bang_hai_cot_pandoc": LAYOUTS,
    "05_cv_cuc_hai_quan_cao_diem_buon_lau_bang_thang_x": LAYOUTS,
    "06_qd_thanh_tra_hung_yen_kh_thanh_tra_2026_bang_o_xuong_dong": LAYOUTS,
    "03_kh_thanh_pho_bang_word_tab_xuong_dong": ("oneline", "webmd", "relabel"),
    "05_ctr_cong_tac_nam_bang_thang": ("pdfwrap",),
    "05_kh_khac_phuc_thanh_tra_csv": ("pdfwrap", "webmd"),
    "05_kh_tinh_trong_tam_giai_phap_chu_tri_dam": ("pdfwrap",),
    "05_qd_ban_chi_dao_dieu_kem_ke_hoach_a_inline": ("webmd",),
    "05_qd_bo_kh_hanh_dong_bang_br": ("pdfwrap",),
    "06_cv_bo_huong_dan_mau_bieu": ("webmd",),  # the signature set beside the recipients, run into their lines
    "06_kh_ban_quan_ly_kcn_gantt_thang": ("webmd",),
    "06_qd_thanh_tra_tinh_ke_hoach_thanh_tra_bang_gop_o": ("pdfwrap", "webmd"),
    "07_kh_bo_xay_dung_bang_pdf": LAYOUTS,
    "09_kh_huyen_luc_ngan_vai_thieu_2022_bang_tab": ("pdfwrap",),
    "09_kh_phuong_html_cham_tron": LAYOUTS,
    "09_qd_benh_vien_kem_kh_in_hoa_sao_thoi_gian": ("relabel",),
    # a wiki page's header row between doubled bars ("||TT||Nội dung||"), re-laid here with an empty cell between its
    # names, no longer lines up with its rows
    "06_kh_tct_cang_hang_khong_sinh_trac_hoc_2027_wiki_confluence": ("oneline", "pdfwrap", "webmd", "relabel"),
    # a news feed's XML with its lines wrapped or set out as a web page's is no feed: its escaped HTML is read as text
    "08_tb_bo_nnmt_dich_ta_lon_tet_2027_nguon_tin_rss": ("pdfwrap", "webmd"),
    # a table a cell a line, its rows parted by blank lines, the unit's cell two lines of fields: a page re-laid runs
    # the rows together
    "02_qd_van_phong_dang_ky_dat_dai_tay_ninh_chinh_ly_ho_so_dia_chinh_xa_moi_2027_word_web_chep_notepad": (
        "pdfwrap", "webmd"),
    # the issuer's cell of a web page's header table, its lines parted by HTML breaks, run into one line
    "03_ctr_dang_uy_dhqg_ha_noi_nghi_quyet_57_khcn_2027_2030_firecrawl_markdown": ("oneline", "pdfwrap", "relabel"),
    # a page program's text export, its table's cells parted by tabs, wrapped at a page's width
    "02_qd_cuc_hang_hai_duong_thuy_chung_chi_thuyen_vien_truc_tuyen_2027_apple_pages_xuat_van_ban": ("pdfwrap",),
    # a Word page saved as text, its table's cells parted by tabs, wrapped at a page's width
    "02_qd_dai_tieng_noi_viet_nam_phu_song_fm_bien_gioi_hai_dao_2027_word_luu_txt_mau_tcvn3_sot": ("pdfwrap",),
    # a signature in a layout table's cell, its lines parted by HTML breaks that a paragraph re-laid runs together
    "04_kh_bo_quoc_phong_quan_nhan_xuat_ngu_hoc_nghe_2027_markdownload": ("webmd",),
    # an office suite's XML with its markup wrapped at a page's width is no XML any more
    "01_qd_ubnd_quang_tri_ke_hoach_du_lich_2026_word_2003_xml": ("pdfwrap",),
    "09_kh_ubnd_dac_khu_phu_quoc_chinh_trang_apec_2027_flat_odt": ("pdfwrap",),
    "09_kh_vuon_quoc_gia_tram_chim_sinh_canh_seu_dau_do_2027_libreoffice_calc_fods": ("pdfwrap",),
    # a title re-laid so that its second line opens with a body's name ("Kết luận của Trưởng ban" / "Ban Quản lý …"):
    # read as the title's end
    "06_tb_bql_cac_kcn_hung_yen_giu_chan_lao_dong_sau_tet_dinh_mui_2027_smartermail_chuyen_tiep": ("webmd",),
    # a portal's lists under the signature re-laid as wrapped lines: joined to the signer's name, its related documents
    # read as cited
    "05_ctr_ubnd_tp_can_tho_bao_ton_cho_noi_cai_rang_2027_2030_he_thong_phap_luat_chrome_chep_trang": ("webmd",),
    "05_qd_ubnd_hung_yen_nha_o_xa_hoi_2027_docx_document_xml": ("pdfwrap",),
    "08_kh_hoi_ccb_quang_ninh_cong_tac_hoi_2027_ban_do_tu_duy_freeplane": ("pdfwrap",),
    # a screen reader's speech re-laid: its spoken roles no longer parted from the words by the reader's pauses
    "03_kh_so_khcn_ha_tinh_thi_truong_cong_nghe_trinh_doc_man_hinh": LAYOUTS,
    # a DokuWiki page's lists and table rows re-laid as paragraphs lose the indent and bars that make them lists and rows
    "07_kh_dien_luc_thanh_hoa_mua_kho_2027_dokuwiki": ("pdfwrap", "webmd"),
    # a converter's pipe table padded to its columns, wrapped at a page's width: a row's cell runs onto the next line
    "09_ct_tinh_uy_bac_ninh_pccc_khu_cong_nghiep_docling_markdown": ("pdfwrap", "webmd"),
    # an Org file given markdown's bold around its block marks ("**#+END_CENTER**") is neither file
    "10_kh_vuon_quoc_gia_cuc_phuong_pccc_rung_2026_2027_org_mode": ("webmd",),
    # a patch, a service's JSON or a legal XML wrapped at a page's width or set out as a web page is none of them any
    # more: its "+" marks, its strings, its elements broken over lines
    "02_ct_chu_tich_can_tho_cap_giay_chung_nhan_2027_ban_va_git": ("pdfwrap", "webmd"),
    "03_kh_bvdk_gia_lai_kiem_soat_nhiem_khuan_2027_json_phan_tich_bo_cuc": ("pdfwrap", "webmd"),
    "05_qd_ubnd_hue_chi_so_papi_2027_akoma_ntoso": ("pdfwrap", "webmd"),
    # a wiki page's Textile re-laid as paragraphs: its headings' "h2." no longer open lines, so its cells' modifiers
    # ("|=. ", "/2.") are not read as Textile
    "06_kh_tct_cap_nuoc_sai_gon_that_thoat_nuoc_2027_wiki_textile": LAYOUTS,
    # a web archive wrapped at a page's width: the page's header cells broken over its markup's lines
    "09_kh_so_gddt_khanh_hoa_thi_tot_nghiep_thpt_2027_luu_tru_web_warc": ("pdfwrap",),
    # an editor's JSON (a rich-text delta, a Google Docs document) wrapped at a page's width or set out as a web page
    # is no JSON any more: its strings broken over lines
    "01_tb_ubnd_phuong_vung_tau_an_toan_bai_tam_2027_quill_delta": ("pdfwrap", "webmd"),
    "07_kh_ubnd_xa_muong_nhe_que_duoc_lieu_2027_google_docs_json": ("pdfwrap", "webmd"),
    # a Typst source or a layout program's tagged text wrapped at a page's width or set out as a web page: its marks
    # ("#table(", "<pstyle:…>") broken over lines or bolded, no longer read as that source
    "04_kh_dai_hoc_hue_nhom_nghien_cuu_manh_2027_typst": ("pdfwrap", "webmd"),
    "08_ct_tinh_uy_ca_mau_mua_ban_nguoi_2026_indesign_tagged_text": ("pdfwrap", "webmd"),
    # a Lotus Notes export wrapped at a page's width: its rich text's elements broken over lines, no XML any more
    "02_kh_agribank_son_la_thanh_toan_khong_tien_mat_2027_lotus_notes_dxl": ("pdfwrap",),
    # a note-taking app's export set out as a web page: the clipped page's markup, escaped inside the note, bolded over
    "06_kh_hoi_nguoi_cao_tuoi_vinh_long_mung_tho_2027_evernote_enex": ("webmd",),
    # a web service's XML envelope set out as a web page: its escaped document's markup read as text
    "10_cv_ubnd_lang_son_cong_vien_dia_chat_2027_soap_lgsp": ("webmd",),
    # a chat export's JSON on one line: wrapped at a page's width or set out as a web page, no longer JSON
    "07_kh_ubnd_phuong_phan_thiet_hiv_aids_2027_xuat_hoi_thoai_chatbot": ("pdfwrap", "webmd"),
    # a static site's source wrapped at a page's width or bolded: its shortcodes broken over lines, no longer read
    "08_ctr_dang_uy_cd_yen_bai_dao_tao_nghe_dtts_2026_2030_hugo_toml": ("pdfwrap", "webmd"),
    # an issue's markdown bolded over its own headings ("**### IV. TỔ CHỨC THỰC" / "HIỆN**"): the part's heading lost
    "09_kh_ubnd_cao_bang_chuyen_doi_ipv6_2027_gitlab_issue": ("webmd",),
    # a dump of a document's paragraphs then its tables, wrapped at a page's width: the " | " rows of its task table
    # set out cell after cell, no longer read as rows
    "10_kh_hoi_nan_nhan_da_cam_vinh_long_ho_tro_nan_nhan_2027_python_docx_bang_cuoi": ("pdfwrap",),
    # written blind and met the bars at its first run; its other layouts not yet read (the set stays blind)
    "08_cv_so_du_lich_da_nang_cheo_keo_ep_gia_khach_2027_google_keep_takeout": ("pdfwrap", "webmd"),
    # written blind and met the bars at its first run; its other layouts not yet read (the set stays blind)
    "03_qd_bo_cong_an_dia_chi_cu_tru_sau_sap_xep_2027_turndown_setext_bang_html": ("pdfwrap",),
    "06_ct_tgd_vnpt_an_toan_thong_tin_chinh_quyen_hai_cap_2027_whatsapp_xuat_doan_chat": ("webmd",),
    # a task table set apart by tabs, wrapped at a page's width: its rows broken over lines, no longer read as rows
    "05_kh_bao_tang_tinh_lang_son_giao_duc_di_san_hoc_sinh_2027_finereader_txt_bang_tab": ("pdfwrap",),
    # a database dump re-laid: the tabs of its COPY rows written as " | ", its rows cut at a page's width or its
    # statements bolded, no longer a dump a database would load
    "09_kh_hoi_dong_y_tinh_phu_tho_bao_ton_duoc_lieu_2027_pg_dump_copy": ("oneline", "pdfwrap", "webmd", "relabel"),
    # a project file's XML, wrapped at a page's width or bolded: its tags broken over lines, its tasks no longer read
    # as the project's
    "08_ctr_tap_doan_cao_su_viet_nam_truy_xuat_eudr_2026_2027_ganttproject_gan": ("pdfwrap", "webmd"),
    # an outliner's list re-laid as a web page: the signer's name run into the last recipient's line, the outliner's
    # notes after it
    "10_kh_truong_chinh_tri_dong_thap_ky_nang_so_can_bo_xa_2027_taskpaper": ("webmd",),
    # a spreadsheet's rows set apart by tabs, wrapped at a page's width: its task rows broken over lines
    "05_kh_trung_tam_dvvl_ha_tinh_lao_dong_ve_nuoc_2027_google_sheets_tai_tsv": ("pdfwrap",),
    # a chat's copy wrapped at a page's width: the title's line run into the opening paragraph under it
    "07_ct_giam_doc_dhqg_hcm_an_toan_ky_tuc_xa_2027_microsoft_teams_sao_chep_kenh": ("pdfwrap",),
    # a board's JSON export wrapped at a page's width or bolded: its strings broken over lines, no longer JSON
    "09_kh_ubnd_phuong_quy_nhon_pho_di_bo_xuan_dieu_2027_trello_xuat_json": ("pdfwrap", "webmd"),
    # a translator's PO file wrapped at a page's width or bolded: its quoted messages broken, no longer a PO file
    "10_kh_bql_khu_cnc_da_nang_chuyen_gia_ban_dan_2027_gettext_po_dich_tieng_anh": ("pdfwrap", "webmd"),
    # a task tracker's CSV export wrapped at a page's width or bolded: its quoted cells broken, no longer a sheet's rows
    "06_kh_ubnd_tinh_lao_cai_kich_dien_thuy_san_thac_ba_2027_he_thong_theo_doi_nhiem_vu_xuat_csv": ("pdfwrap", "webmd"),
    "06_kh_ubnd_tinh_dak_lak_cay_mac_ca_2027_libreoffice_calc_csv": ("pdfwrap", "webmd"),
    # a desktop wiki's page bolded: its table's rows broken, its list marks lost
    "08_kh_bql_khu_bao_ton_van_long_vooc_mong_trang_2027_zim_wiki": ("webmd",),
    # a chat's copy re-laid as a web page: a message's header broken over two lines, no longer read as one
    "08_kh_hoi_cuu_tnxp_nghe_an_nha_nghia_tinh_hoi_vien_2027_viber_sao_chep_tin_nhan": ("webmd",),
    # written blind and met the bars at its first run; its other layouts not yet read (the set stays blind)
    "10_kh_trung_tam_bao_ton_di_tich_co_do_hue_moi_mot_cau_kien_go_2027_liferay_noi_dung_web_xml": ("webmd",),
    # a web extractor's XML and a wiki's tiddler, wrapped at a page's width or bolded: their markup broken over lines
    "07_tb_tinh_uy_dak_lak_on_dinh_dan_di_cu_tu_do_2027_trafilatura_xml": ("pdfwrap", "webmd"),
    "10_ctr_tap_doan_dien_luc_viet_nam_an_ninh_nang_luong_nq70_2026_2030_tiddlywiki_tid": ("pdfwrap", "webmd"),
    # written blind and met the bars at its first run; its other layouts not yet read (the set stays blind): a
    # spreadsheet saved as fixed-width text, its columns where the spaces put them, and a parser's markdown bolded
    "10_kh_ubnd_xa_thoi_binh_nao_vet_kenh_noi_dong_2027_libreoffice_calc_van_ban_do_rong_co_dinh": LAYOUTS,
    "09_kh_so_gddt_tuyen_quang_phong_tin_hoc_truong_vung_cao_2027_llamaparse_markdown_bang_tach_trang": ("webmd",),
    # a web page's table copied with its tabs and two header rows, wrapped at a page's width: its cells broken apart
    "06_kh_tw_hoi_lhpn_viet_nam_dia_chi_tin_cay_sau_sap_xep_2027_archive_today_chep_bang_hai_tang_tieu_de":
        ("pdfwrap",),
    # a table a cell a line, re-laid with page numbers falling inside a row's cells: each read as the next row's number
    "02_qd_ttg_kh_quoc_gia_ung_pho_su_co_tran_dau_2027_2030_polaris_office_android_chep": ("pdfwrap",),
    # written blind and met the bars at its first run; its other layouts not yet read (the set stays blind)
    "08_cv_cuc_dang_kiem_viet_nam_kiem_dinh_xe_co_gioi_cai_tao_2027_macos_quick_look_docx_chep": LAYOUTS,
    # an RTF file's codes wrapped at a page's width or bolded: no longer RTF; a header's unit over two lines that the
    # web layout parts by blank lines, read with its department's name
    "01_kh_ktnn_kv_xi_kiem_toan_2027_rtf_con_ma": ("pdfwrap", "webmd"),
    "03_qd_trung_tam_quan_trac_tnmt_phu_tho_tram_khong_khi_tu_dong_2027_zalo_pc_xem_tep_docx_chep": ("webmd",),
    # read in part; its header in the web layout not yet read
    "03_ctr_dang_uy_xa_tam_dao_phu_tho_du_lich_sinh_thai_duoi_tan_rung_2027_2030_hancom_office_viewer_chep": ("webmd",),
    # an appendix table with its columns set by spaces (`pdftotext -layout`): re-laid, its cells run together with no
    # column to tell them apart; a table of tab-parted cells in the web layout, its rows bolded apart
    "01_kh_ubnd_tinh_gia_lai_cai_cach_hanh_chinh_2027_pdftotext_layout_phu_luc_ngang": LAYOUTS,
    "05_kh_ubnd_xa_muong_phang_dien_bien_pccc_rung_mua_kho_2026_2027_word_dan_notepad_tab": ("webmd",),
    # a portal page's cited documents, one lost in the web layout's bold: not yet read
    "02_kh_ubnd_phuong_ngoc_ha_ha_noi_trat_tu_do_thi_2027_cong_ttdt_phuong_chrome_bang_tab": ("webmd",),
    # written blind and met the bars at its first run; its other layouts not yet read (the set stays blind)
    "03_kh_so_y_te_hai_phong_nang_cao_nang_luc_tram_y_te_2027_cong_van_ban_phap_luat_chep_ca_trang": ("pdfwrap",),
    "03_ct_ubnd_tp_hai_phong_phong_chong_ngap_ung_mua_mua_bao_2027_obsidian_web_clipper_dam_vo_dong": ("webmd",),
    # this round's plans whose carrier is a table, a sheet or a layout the re-laying breaks, and one of heldout82; the
    # sets kept unread are not read in their other layouts either
    "82_05_kh_ubnd_tp_da_nang_phat_trien_logistics_2026_2027_pdftotext_layout_nhom_muc_chu_tri":
        ("oneline", "pdfwrap", "webmd", "relabel"),
    "87_01_qd_ttg_ke_hoach_thi_hanh_luat_cong_nghiep_van_hoa_2027_cong_van_ban_chinh_phu_markdown_bang_pipe":
        ("pdfwrap",),
    "87_03_qd_bo_y_te_ke_hoach_quan_ly_benh_khong_lay_nhiem_tram_y_te_2027_2028_pdftotext_layout_phu_luc_ngang":
        ("oneline", "pdfwrap", "webmd", "relabel"),
    "87_04_kh_bo_nong_nghiep_moi_truong_phong_chong_dich_ta_lon_chau_phi_2026_2027_phu_luc_excel_tab": ("pdfwrap",),
    "87_07_kh_bo_giao_duc_dao_tao_trien_khai_nghi_quyet_71_nam_2027_pdftotext_layout_dau_trang_lap":
        ("oneline", "pdfwrap", "webmd", "relabel"),
    "87_08_nq_cp_chuong_trinh_hanh_dong_sut_lun_sat_lo_dbscl_2027_word_chep_notepad_bang_tab_hai_phu_luc": ("pdfwrap",),
    "88_01_kh_ubnd_xa_kong_chro_gia_lai_phong_chay_rung_mua_kho_2026_2027_excel_luu_csv_dau_phay": ("pdfwrap", "webmd"),
    "88_02_kh_so_nong_nghiep_moi_truong_phu_tho_an_toan_thuc_pham_nong_lam_thuy_san_2027_xlsx2csv_hai_trang_tinh":
        ("pdfwrap", "webmd"),
    "88_05_kh_ubnd_tinh_tay_ninh_cai_cach_hanh_chinh_2027_word_chuyen_bang_thanh_van_ban_gach_dung": ("webmd",),
    "90_02_kh_so_giao_duc_dao_tao_hai_phong_phong_chong_duoi_nuoc_he_2027_rtf_tu_dieu_khien_sot_lai":
        ("pdfwrap", "webmd"),
    "90_08_kh_so_van_hoa_the_thao_du_lich_lao_cai_du_lich_cong_dong_2027_word_mat_danh_so_tu_dong": ("pdfwrap",),
    "92_03_ctr_bo_khoa_hoc_cong_nghe_de_an_trinh_chinh_phu_2027_thang_trong_ngoac_cong_ttdt_chrome_chep": ("webmd",),
    "92_04_ctr_ubnd_xa_ea_kar_dak_lak_cong_tac_nam_2026_cap_trinh_excel_csv_utf8": ("pdfwrap", "webmd"),
    "92_08_ctr_so_tai_chinh_gia_lai_cong_tac_nam_2027_bang_tab_outlook_thu_gui_cac_phong": ("pdfwrap",),
    "92_09_ctr_ubnd_tinh_tuyen_quang_cong_tac_nam_2027_thang_trong_tung_muc_cong_ttdt_firefox": ("pdfwrap",),
    "95_08_kh_so_cong_thuong_dak_lak_hoi_cho_trien_lam_ca_phe_2027_gmail_giao_dien_tieng_anh": ("pdfwrap",),
    "95_10_kh_ubnd_tinh_gia_lai_hoi_nghi_xuc_tien_dau_tu_2027_cong_ttdt_giao_dien_di_dong_the_bang": ("webmd",),
    # the round's blind sets (97 to 104): a layout table's cells set again as paragraphs or a markdown table lose the
    # columns their leads stood in; a page's wrap joins a title's or a date's lines another way
    "06_qd_chu_tich_ubnd_tp_da_nang_giao_nhiem_vu_ket_luan_khu_cong_nghe_cao_2026_markdown_cong_van_ban_bang_danh_muc": (
        "pdfwrap",),
    "03_kh_ubnd_tinh_nghe_an_thi_hanh_luat_bao_ve_moi_truong_sua_doi_word_chep_sang_notepad": ("pdfwrap",),
    "104_02_kh_bo_cong_thuong_cong_nghiep_ho_tro_2027_phu_luc_bang_pdftotext_layout": LAYOUTS,
    "104_10_kh_ban_chi_dao_phong_thu_dan_su_quoc_gia_2027_phan_cong_theo_linh_vuc_pdftotext_layout": LAYOUTS,
    "104_03_kh_ban_chi_dao_khcn_dmst_cds_tinh_gia_lai_2027_markdown_cong_tinh_uy_cot_dao": ("webmd",),
    "02_ctr_tinh_uy_tuyen_quang_nghi_quyet_dai_hoi_nhiem_ky_2025_2030_cong_ttdt_dang_bo_chep_trang": ("pdfwrap",),
    "99_03_kh_so_khcn_thai_nguyen_chi_tieu_chuyen_doi_so_2027_theo_co_quan_markdown_ban_sao_web": ("pdfwrap",),
    "04_kh_btv_tinh_uy_gia_lai_giao_duc_dao_tao_nq71_2026_phu_luc_bang_pdftotext_layout": LAYOUTS,
}


def _cells(line: str) -> list[str] | None:
    """The cells of a table's line (tabs, " | ", or cells in quotes and semicolons); [] for a rule line."""
    line = line.strip()
    if line.count('";"') >= 2:
        cells = [c.strip().strip('"') for c in line.split('";"')]
    elif "\t" in line:
        cells = [c.strip() for c in line.split("\t")]
    elif line.count(" | ") >= 2 or line.startswith("|") and line.endswith("|") and line.count("|") >= 3:
        cells = [c.strip() for c in line.strip("|").split("|")]
    else:
        return None
    if set("".join(cells)) <= set("-=:+ "):
        return []
    return cells if len(cells) >= 3 else None


def _relaid(layouts, text: str, name: str) -> dict[str, str]:
    """The plan in each layout, or nothing for a text already hard-wrapped."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if layouts._DOC_TYPE.match(layouts.clean(line))), 0)
    body = [line for line in lines[start:] if line.strip()]
    if sum(len(line) > UNWRAPPED_LINE for line in body) < UNWRAPPED_SHARE * len(body):
        return {}
    # the signature block keeps its two columns
    end = next((i for i in range(len(lines) - 1, start, -1) if SIGNATURE.match(lines[i]) and i > 0.6 * len(lines)),
               len(lines))
    paragraphs = []
    for line in (line for line in lines[start:end] if line.strip()):
        cells = _cells(line)
        if cells == []:
            continue
        paragraphs.append(layouts.Row(layouts.clean(c) for c in cells) if cells
                          else re.sub(r"\s+", " ", layouts.strip_markers(line)).strip())
    rng = random.Random(f"0:{name}")
    return {layout: layouts.render(layout, lines[:start], [p for p in paragraphs if p], lines[end:], rng)
            for layout in LAYOUTS}


PLANS = sorted((held_out, name) for held_out, names in PASSING.items() for name in names)


@pytest.mark.parametrize("held_out, name", PLANS)
def test_a_plan_meets_the_bars_in_every_layout(held_out, name, tmp_path):
    layouts_py = next((path for path in LAYOUTS_PY if path.exists()), None)
    if layouts_py is None:
        pytest.skip("the shared layouts (shared/eval/layouts.py) are not beside the checkout")
    layouts = load_script(layouts_py, "layouts")
    text = (FIXTURES / held_out / f"{name}.txt").read_text(encoding="utf-8")
    failing, mended = {}, []
    for layout, variant in _relaid(layouts, text, name).items():
        path = tmp_path / f"{name}@{layout}.txt"
        path.write_text(variant, encoding="utf-8")
        below = figures_below_bars(FIXTURES / held_out, name, source=path)
        floors = GOLD_QUESTIONED.get(name, {})  # (a figure a gold reads otherwise keeps its own floor in every layout)
        below = {figure: value for figure, value in below.items() if value < floors.get(figure, 1.0)}
        if below and layout not in NOT_YET.get(name, ()):
            failing[layout] = below
        elif not below and layout in NOT_YET.get(name, ()):
            mended.append(layout)
    assert not failing, f"{name} below the bars in: {failing}"
    assert not mended, f"{name} meets the bars in {mended}: take them off NOT_YET"
