namespace BriefingBot.Telegram.Tests;

/// <summary>Pages the fake news site serves.</summary>
public static class Html
{
    public const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <title>Lavrov and Fidan hold talks in Ankara</title>
          <meta property="og:site_name" content="Example News" />
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
          <aside class="newsletter">Subscribe to our newsletter for the latest updates.</aside>
          <article>
            <h1>Lavrov and Fidan hold talks in Ankara</h1>
            <p>Russian Foreign Minister Sergey Lavrov met his Turkish counterpart Hakan Fidan in Ankara on Tuesday,
            the two ministries said in statements after the meeting, which lasted more than three hours.</p>
            <p>The ministers discussed grain exports across the Black Sea, the situation in Syria and preparations
            for a possible visit by President Vladimir Putin to Turkey later this year, according to officials.</p>
            <p>Fidan told reporters at a joint press conference that Ankara remained ready to host further talks
            between the parties, and that technical teams would meet again in Istanbul next month to continue the work.</p>
            <p>Lavrov thanked his host for the hospitality and said that Moscow valued the dialogue with Ankara, adding
            that both sides had agreed to keep in close contact over the coming weeks on all the questions raised.</p>
          </article>
          <footer>Copyright Example News. All rights reserved.</footer>
        </body>
        </html>
        """;
}
