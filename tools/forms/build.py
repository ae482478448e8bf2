#!/usr/bin/env python3
"""Turns an HTML draft into a Word template for danhgia's official forms.

LibreOffice converts the draft; then every font becomes Times New Roman, table paragraphs lose the HTML import's
half-centimetre spacing, borders turn black, and tables of N columns get the column widths (in % of the text width
between 3 cm and 2 cm margins) given as N:w1,w2,...; "landscape" turns the A4 page; documents.py gives the form the
issuing body's header, its signer and a signature block kept on one page.
Usage: ./build.py mau-01 6:7,38,15,10,17,13    ./build.py mau-02 landscape 10:4,18,10,15,9,7,12,9,8,8
"""
import re, subprocess, sys, zipfile, shutil

import documents

name = sys.argv[1]
widths = {}
landscape = 'landscape' in sys.argv[2:]
for spec in (arg for arg in sys.argv[2:] if arg != 'landscape'):
    columns, percents = spec.split(':')
    widths[int(columns)] = [int(p) for p in percents.split(',')]
subprocess.run(['soffice', '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML',
                name + '.html', '--outdir', '.'], check=True, capture_output=True)
# twips: A4 width (or height when turned) minus the 3 cm and 2 cm margins
TEXT_WIDTH = (16838 if landscape else 11906) - 1701 - 1134


def fix_table(match):
    table = match.group(0)
    grid = re.search(r'<w:tblGrid>(.*?)</w:tblGrid>', table).group(1)
    count = grid.count('<w:gridCol')
    if count not in widths:
        return table
    twips = [TEXT_WIDTH * p // 100 for p in widths[count]]
    table = table.replace(grid, ''.join('<w:gridCol w:w="%d"/>' % t for t in twips))
    def rows(row):
        cells = iter(twips)
        return re.sub(r'<w:tcW w:w="\d+" w:type="dxa"/>', lambda m: '<w:tcW w:w="%d" w:type="dxa"/>' % next(cells),
                      row.group(0))
    return re.sub(r'<w:tr>.*?</w:tr>', rows, table, flags=re.S)


source = zipfile.ZipFile(name + '.docx')
parts = {item: source.read(item) for item in source.namelist()}
source.close()
for part in ('word/document.xml', 'word/styles.xml', 'word/fontTable.xml'):
    xml = parts[part].decode('utf-8')
    for font in ('Liberation Serif', 'Liberation Sans', 'DejaVu Sans'):
        xml = xml.replace(font, 'Times New Roman')
    if part == 'word/document.xml':
        xml = xml.replace('w:after="283"', 'w:after="0"').replace('w:color="808080"', 'w:color="000000"')
        xml = re.sub(r'<w:tbl>.*?</w:tbl>', fix_table, xml, flags=re.S)
        xml = re.sub(r'<w:pgMar [^>]*/>', '<w:pgMar w:left="1701" w:right="1134" w:gutter="0" w:header="0" '
                     'w:top="1134" w:footer="0" w:bottom="1134"/>', xml)
        if landscape:
            xml = xml.replace('<w:pgSz w:w="11906" w:h="16838"/>',
                              '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
        xml = documents.edit(xml, name)
    parts[part] = xml.encode('utf-8')
with zipfile.ZipFile(name + '.docx', 'w', zipfile.ZIP_DEFLATED) as target:
    for item, content in parts.items():
        target.writestr(item, content)
