// Stands in for jsPDF's optional html2canvas, dompurify and canvg, which this app never uses.
export default undefined;
