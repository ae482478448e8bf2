#!/usr/bin/env python3
"""Gives the Word templates of Mẫu 01-03 the issuing body's header, the signer and a signature block kept on one page.

build.py runs it on each template it converts; it can also be run alone on a shipped template, which it edits in
place: ./documents.py ../../src/main/resources/forms/mau-03.docx
- the party mark "*" becomes {{header.mark}} and {{header.number}} follows it; "ĐẢNG CỘNG SẢN VIỆT NAM" becomes
  {{header.nationalHeader}} with {{header.motto}} under it (the party's header or the state's with its motto);
- Mẫu 02's list of alternative signers becomes {{signer.onBehalfOf}}, {{signer.title}} and {{signer.fullName}};
  Mẫu 03's confirmation names {{confirmingBody}} and is signed by {{confirmer.*}};
- every table holding "Ký, ghi rõ" (a signature block) gets rows that cannot split and paragraphs kept together.
"""
import re, sys, zipfile

PARAGRAPH = re.compile(r'<w:p>(?:(?!<w:p>).)*?</w:p>', re.S)


def paragraph_with(xml, text):
    for match in PARAGRAPH.finditer(xml):
        if '>' + text + '<' in match.group(0):
            return match
    raise SystemExit('no paragraph holds ' + text)


def retext(paragraph, old, new, plain=False):
    result = paragraph.replace('>' + old + '<', '>' + new + '<')
    if plain:
        result = result.replace('<w:u w:val="single"/>', '')
    return result


def replace_paragraph(xml, text, *replacements):
    """Replaces the paragraph holding text by copies of it holding each (new text, plain) in turn."""
    match = paragraph_with(xml, text)
    copies = ''.join(retext(match.group(0), text, new, plain) for new, plain in replacements)
    return xml[:match.start()] + copies + xml[match.end():]


def keep_together(table):
    if 'Ký, ghi rõ' not in table and 'ký, ghi rõ' not in table:
        return table
    table = re.sub(r'<w:trPr>\s*</w:trPr>|<w:trPr/>', '<w:trPr><w:cantSplit/></w:trPr>', table)
    return re.sub(r'<w:pPr>(<w:pStyle w:val="[^"]*"/>)?', lambda m: m.group(0) + '<w:keepNext/><w:keepLines/>'
                  if '<w:keepNext/>' not in m.group(0) else m.group(0), table)


def edit(xml, name):
    xml = replace_paragraph(xml, '*', ('{{header.mark}}', False), ('{{header.number}}', False))
    xml = replace_paragraph(xml, 'ĐẢNG CỘNG SẢN VIỆT NAM', ('{{header.nationalHeader}}', True),
                            ('{{header.motto}}', False))
    if name == 'mau-02':
        xml = replace_paragraph(xml, 'T/M BAN THƯỜNG VỤ ĐẢNG ỦY TRỰC THUỘC TỈNH ỦY,', ('{{signer.onBehalfOf}}', False))
        xml = replace_paragraph(xml, 'ĐẢNG ỦY XÃ, PHƯỜNG, ĐẶC KHU', ('{{signer.title}}', False))
        xml = replace_paragraph(xml, 'HOẶC TẬP THỂ LÃNH ĐẠO CẤP TỈNH')
        xml = replace_paragraph(xml, '(Ký, ghi rõ họ tên và đóng dấu)', ('(Ký, ghi rõ họ tên và đóng dấu)', False),
                                ('', False), ('', False), ('', False))
        bold_name = retext(paragraph_with(xml, '{{signer.title}}').group(0), '{{signer.title}}',
                           '{{signer.fullName}}')
        table_end = xml.index('</w:tc></w:tr></w:tbl>', paragraph_with(xml, '{{signer.title}}').end())
        xml = xml[:table_end] + bold_name + xml[table_end:]
    if name == 'mau-03':
        xml = replace_paragraph(xml, 'XÁC NHẬN CỦA TẬP THỂ LÃNH ĐẠO', ('XÁC NHẬN CỦA {{confirmingBody}}', False))
        xml = replace_paragraph(xml, '(nơi cấp ủy không lãnh đạo toàn diện)')
        xml = replace_paragraph(xml, 'HOẶC CẤP ỦY/BTV CẤP ỦY (nơi cấp ủy lãnh đạo toàn diện)')
        xml = replace_paragraph(xml, 'ĐỀ XUẤT CẤP THẨM QUYỀN XẾP LOẠI CÁN BỘ',
                                ('ĐỀ XUẤT CẤP THẨM QUYỀN XẾP LOẠI CÁN BỘ', False),
                                ('{{confirmer.onBehalfOf}}', False), ('{{confirmer.title}}', False))
        xml = replace_paragraph(xml, 'Ngày.....tháng..... năm .....', ('Ngày.....tháng..... năm .....', False),
                                ('', False), ('', False), ('', False))
        bold_name = retext(paragraph_with(xml, '{{confirmer.title}}').group(0), '{{confirmer.title}}',
                           '{{confirmer.fullName}}')
        table_end = xml.index('</w:tc></w:tr></w:tbl>', paragraph_with(xml, 'Ngày.....tháng..... năm .....').end())
        xml = xml[:table_end] + bold_name + xml[table_end:]
    return re.sub(r'<w:tbl>.*?</w:tbl>', lambda m: keep_together(m.group(0)), xml, flags=re.S)


if __name__ == '__main__':
    path = sys.argv[1]
    name = re.sub(r'.*/|\.docx$', '', path)
    with zipfile.ZipFile(path) as source:
        parts = {item: source.read(item) for item in source.namelist()}
    parts['word/document.xml'] = edit(parts['word/document.xml'].decode('utf-8'), name).encode('utf-8')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as target:
        for item, content in parts.items():
            target.writestr(item, content)
