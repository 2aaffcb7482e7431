// A scan saved as OFD, as scanners and OFD printers write it: one A4 page showing a picture (a
// MultiMedia file under the resource part's BaseLoc folder) over the whole page, optionally a
// text object over it.
import JSZip from 'jszip';

/** A one-page OFD (A4) showing `picture` over the whole page; `baseLoc` is the Res folder. */
export const scanOfd = async (picture: Uint8Array, text = ''): Promise<Uint8Array> => {
  const zip = new JSZip();
  const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  zip.file(
    'OFD.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
  );
  zip.file(
    'Doc_0/Document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${ns}><ofd:CommonData><ofd:MaxUnitID>20</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`,
  );
  zip.file(
    'Doc_0/DocumentRes.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Res ${ns} BaseLoc="Res"><ofd:MultiMedias><ofd:MultiMedia ID="10" Type="Image" Format="JPEG"><ofd:MediaFile>scan_0.jpg</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>`,
  );
  zip.file('Doc_0/Res/scan_0.jpg', picture);
  const label = text
    ? `<ofd:TextObject ID="12" Boundary="10 10 100 10" Font="1" Size="4"><ofd:TextCode X="0" Y="4">${text}</ofd:TextCode></ofd:TextObject>`
    : '';
  zip.file(
    'Doc_0/Pages/Page_0/Content.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${ns}><ofd:Content><ofd:Layer ID="2"><ofd:ImageObject ID="11" ResourceID="10" Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/>${label}</ofd:Layer></ofd:Content></ofd:Page>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
};
