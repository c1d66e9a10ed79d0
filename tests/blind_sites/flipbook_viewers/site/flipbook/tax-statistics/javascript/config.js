var bookConfig = {
 "bookTitle": "ข้อมูลสถิติการจัดเก็บภาษี สำนักงานเขตคลองสุวรรณ",
 "totalPageCount": 2,
 "pageWidth": 930,
 "pageHeight": 1315,
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
