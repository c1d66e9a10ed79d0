var bookConfig = {
 "bookTitle": "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",
 "totalPageCount": 2,
 "pageWidth": 694,
 "pageHeight": 982,
 "pages": [
  {
   "large": "files/page/1.jpg",
   "thumb": "files/thumb/1.jpg"
  },
  {
   "large": "files/page/2.jpg",
   "thumb": "files/thumb/2.jpg"
  }
 ],
 "searchFile": "",
 "logoUrl": "/",
 "language": "thai",
 "createdBy": "FlipBuilder HTML5"
};
