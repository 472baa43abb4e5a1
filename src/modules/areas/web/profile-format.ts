// One formatting of profile figures for the page and the PDF: it lives beside the contract.
export { formatCell, formatFigure, type ProfileUnit, type UnitWords } from '../profile-format';
