// Before the page is drawn: what needs JavaScript (the search page) takes its place at once, and nothing moves later.
document.documentElement.classList.add('js');
