"""A static page of the published data (``<out>/site/``): every value beside the sentence
that states it, highlighted; table views, document views, timelines and charts. No server
and no library: open ``site/index.html`` from the folder, or serve the folder anywhere.

* :mod:`~pipeline.site.writer`: the site's data, written while the rows stream past;
* :mod:`~pipeline.site.card`: the dataset card as a page;
* ``static/``: the page itself (``index.html``, ``app.js``, ``style.css``).
"""
