Console.WriteLine("BriefingBot");
